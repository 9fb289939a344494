/**
 * Line breaking for the pack's text, which no browser lays out: the handout's pages (pdf-lib draws
 * lines, not paragraphs) and the slides' text boxes (to know how much fits on a slide). Greedy, by
 * the width of each line as `measure` gives it, at spaces; a word wider than the line (an address)
 * breaks after a slash or another URL separator, or, failing that, between characters. Pure.
 */

/** The width of a string, in the caller's units. */
export type Measure = (text: string) => number;

/**
 * Where a long word may break: after these characters. Not after a hyphen: PDF readers take a
 * line that ends in one for a word hyphenated at the line's end and drop it when they copy the
 * text, so an address would lose it; a piece that would end in a hyphen leaves it to the next.
 */
const BREAK_AFTER = /[/?&=_.#]/;

/** Splits one word that is wider than `width` into pieces that fit (each at least one character). */
function splitWord(word: string, width: number, measure: Measure): string[] {
	const pieces: string[] = [];
	let rest = word;
	while (rest.length > 0 && measure(rest) > width) {
		// the longest prefix that fits, then back to the last separator in it, if there is one
		let end = 1;
		while (end < rest.length && measure(rest.slice(0, end + 1)) <= width) end++;
		let cut = end;
		for (let i = end; i > 0; i--)
			if (BREAK_AFTER.test(rest[i - 1] as string)) {
				cut = i;
				break;
			}
		while (cut > 1 && rest[cut - 1] === '-') cut--;
		pieces.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	if (rest.length > 0) pieces.push(rest);
	return pieces;
}

/**
 * The lines of one paragraph at `width`. Runs of white space count as one space; an empty
 * paragraph has no lines. Each word is measured once and a line's width is the sum of its words
 * and spaces (kerning across a space is left out: a fraction of a point).
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const space = measure(' ');
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const word of words) {
		const w = measure(word);
		if (line && used + space + w <= width) {
			line = `${line} ${word}`;
			used += space + w;
			continue;
		}
		if (line) lines.push(line);
		const pieces = w <= width ? [word] : splitWord(word, width, measure);
		lines.push(...pieces.slice(0, -1));
		line = pieces.at(-1) ?? '';
		used = measure(line);
	}
	if (line) lines.push(line);
	return lines;
}
