/**
 * How wide a line of text is in the page's font, Source Sans 3, without a DOM: the sum of each
 * character's advance width, from the table the build reads out of the shipped font files
 * (`virtual:font-metrics`, src/build/font-plugin.ts). Kerning is left out (it moves a line by
 * a fraction of a pixel). SVG text does not wrap, so the graphics break their notes here, by width.
 * Pure; does not mutate its input.
 */
import metrics from 'virtual:font-metrics';

/** The weights the page ships; any other is drawn in the nearest one (see widthsOf). */
export type FontWeight = 400 | 700;

/** Advance widths of the shipped font, in font units (`unitsPerEm` to the em). */
export interface FontMetrics {
	unitsPerEm: number;
	/** Every character the font files map, one per code point. */
	chars: string;
	/** Per weight: the advance of each of `chars`, in order, and a width for any other character. */
	weights: Record<FontWeight, { advances: number[]; other: number }>;
}

interface Widths {
	byChar: Map<string, number>;
	other: number;
}

const tables = new Map<FontWeight, Widths>();

/**
 * The shipped weight a CSS weight is drawn in: 500 and below in the regular (the CSS matching
 * rule for a missing weight at or under 500), above it in the bold, whose face also claims 600.
 */
export function shippedWeight(weight: number): FontWeight {
	return weight <= 500 ? 400 : 700;
}

function widthsOf(weight: number): Widths {
	const shipped = shippedWeight(weight);
	let table = tables.get(shipped);
	if (!table) {
		const { advances, other } = metrics.weights[shipped];
		const chars = [...metrics.chars];
		table = { byChar: new Map(chars.map((c, i) => [c, advances[i] as number])), other };
		tables.set(shipped, table);
	}
	return table;
}

/**
 * Measured widths (in ems) by weight and text. A graphic lays itself out again on every frame of
 * a transition with the same few dozen labels and notes, so a width is measured once per page;
 * the table is emptied when it grows past a few thousand texts (a page holds far fewer).
 */
const measured = new Map<string, number>();
const MEASURED_MAX = 4096;

/** How wide `text` is set at `fontSize` px in `weight`, in px. */
export function textWidth(text: string, fontSize: number, weight = 400): number {
	const key = `${shippedWeight(weight)}${text}`;
	let ems = measured.get(key);
	if (ems === undefined) {
		const { byChar, other } = widthsOf(weight);
		let units = 0;
		for (const c of text) units += byChar.get(c) ?? other;
		ems = units / metrics.unitsPerEm;
		if (measured.size >= MEASURED_MAX) measured.clear();
		measured.set(key, ems);
	}
	return ems * fontSize;
}

/** Where a line may break: any white space but the no-break ones (U+00A0, U+202F). */
const BREAK = /[^\S\u00a0\u202f]+/;

/**
 * Breaks `text` at spaces into lines at most `maxWidth` px wide at `fontSize` px (a word wider
 * than that gets a line of its own; no-break spaces join words). Greedy, as a browser fills a line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight = 400): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(BREAK).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && textWidth(longer, fontSize, weight) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	return lines;
}
