/**
 * Text widths for placing labels. The measure itself is src/lib/place/measure.ts (the font's real
 * advance widths); this module keeps its older names working while callers move there. Pure.
 */
import { textWidth } from './place/measure.ts';

export { charsThatFit, textWidth } from './place/measure.ts';

/**
 * Breaks `text` at spaces into lines of at most `maxChars` characters (a longer word gets its own
 * line). Prefer measure.ts's `wrapText(text, maxWidth, fontSize)`, which wraps by width.
 */
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
	right: number,
	weight = 400
): { x: number; anchor: 'start' | 'middle' | 'end' } {
	const half = textWidth(text, fontSize, weight) / 2;
	if (x + half > right) return { x: right, anchor: 'end' };
	if (x - half < left) return { x: left, anchor: 'start' };
	return { x, anchor: 'middle' };
}
