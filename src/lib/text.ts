/**
 * Text in SVG does not wrap, so annotations are broken into lines here, by an estimate of how many
 * characters fit. Pure; the estimate uses an average glyph width for the chart label font.
 */

/** Average advance of a glyph at the chart label size, in ems (system sans-serif fonts). */
const EM_PER_CHAR = 0.6;

/** How many characters of `fontSize` px text fit in `width` px, at least 8. */
export function charsThatFit(width: number, fontSize: number): number {
	return Math.max(8, Math.floor(width / (fontSize * EM_PER_CHAR)));
}

/** Roughly how wide `text` is at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * EM_PER_CHAR;
}

/** Breaks `text` at spaces into lines of at most `maxChars` characters (a longer word gets its own line). */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Where to put a label centred on `x` so that it stays between `left` and `right`: centred if it
 * fits, else flush against the edge it would cross.
 */
export function fitLabel(
	x: number,
	text: string,
	fontSize: number,
	left: number,
	right: number
): { x: number; anchor: 'start' | 'middle' | 'end' } {
	const half = textWidth(text, fontSize) / 2;
	if (x + half > right) return { x: right, anchor: 'end' };
	if (x - half < left) return { x: left, anchor: 'start' };
	return { x, anchor: 'middle' };
}
