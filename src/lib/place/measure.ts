/**
 * How wide a text is, and where it breaks into lines, at the chart label font. SVG text does not
 * wrap and cannot be measured without a DOM, so every placement decision (labels, notes, fits)
 * asks this file, and only this file.
 */
// replaced by the font table on merge

/** Average advance of a glyph, in ems; bold text runs wider. */
const EM_PER_CHAR = 0.6;
const EM_PER_CHAR_BOLD = 0.675;

/** How wide `text` is at `fontSize` px and `weight` (400 regular, 600 and up bold). */
export function textWidth(text: string, fontSize: number, weight = 400): number {
	return text.length * fontSize * (weight >= 600 ? EM_PER_CHAR_BOLD : EM_PER_CHAR);
}

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth` px (a longer word gets its own
 * line). No lines for empty text.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight = 400): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && textWidth(longer, fontSize, weight) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	return lines;
}
