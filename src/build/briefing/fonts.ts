/**
 * The fonts of the briefing pack. Node only.
 *
 * The handout (PDF) embeds the page's own font, Source Sans 3 (@fontsource/source-sans-3, SIL OFL
 * 1.1), so its text is real text in the story's type. pdf-lib's fontkit subsets TrueType: the
 * package's WOFF files are unwrapped into it here, with Node's zlib (fontkit's own inflate, in
 * JavaScript, takes over a second for DejaVu Sans; it cannot subset WOFF2 at all). The latin subset the page ships lacks some signs the
 * copy may hold (∝ in a Note line), so each character is drawn in the first of a chain that has
 * it: Source Sans 3 latin, then latin-ext, then DejaVu Sans (@fontsource/dejavu-sans, whose file
 * holds nearly the whole font). A fallback is embedded only when some text needs it.
 *
 * The slides cannot embed fonts (pptxgenjs does not), so they are set in Arial, which every office
 * suite has or replaces with its metric twin (Liberation Sans, Arimo). To know what fits on a
 * slide, their text is measured in DejaVu Sans, which is wider: what fits in it fits in Arial, and
 * in DejaVu Sans itself where an office suite falls back to it.
 */
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { Measure } from './wrap.ts';

const require = createRequire(import.meta.url);

export type Weight = 400 | 700;

/** The WOFF files of one weight, in the order a character looks for its glyph. */
function chainFiles(weight: Weight): string[] {
	return [
		`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`,
		`@fontsource/source-sans-3/files/source-sans-3-latin-ext-${weight}-normal.woff`,
		`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`
	].map(file => require.resolve(file));
}

/**
 * A WOFF 1.0 file as the TrueType/OpenType file it wraps (W3C WOFF 1.0, section 5): the same
 * tables, inflated where they were compressed, behind an sfnt table directory.
 */
export function woffToSfnt(woff: Buffer): Buffer {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
	const flavor = woff.readUInt32BE(4);
	const count = woff.readUInt16BE(12);
	const tables = Array.from({ length: count }, (_, i) => {
		const at = 44 + i * 20;
		const offset = woff.readUInt32BE(at + 4);
		const compressed = woff.readUInt32BE(at + 8);
		const length = woff.readUInt32BE(at + 12);
		const stored = woff.subarray(offset, offset + compressed);
		return {
			tag: woff.subarray(at, at + 4),
			checksum: woff.readUInt32BE(at + 16),
			data: compressed < length ? inflateSync(stored) : stored
		};
	});
	const pad = (n: number) => (n + 3) & ~3;
	const power = 2 ** Math.floor(Math.log2(count));
	const header = Buffer.alloc(12 + 16 * count);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(count, 4);
	header.writeUInt16BE(power * 16, 6);
	header.writeUInt16BE(Math.log2(power), 8);
	header.writeUInt16BE(count * 16 - power * 16, 10);
	let offset = header.length;
	const bodies: Buffer[] = [];
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		t.tag.copy(header, at);
		header.writeUInt32BE(t.checksum, at + 4);
		header.writeUInt32BE(offset, at + 8);
		header.writeUInt32BE(t.data.length, at + 12);
		bodies.push(t.data, Buffer.alloc(pad(t.data.length) - t.data.length));
		offset += pad(t.data.length);
	});
	return Buffer.concat([header, ...bodies]);
}

/** Splits text into runs, each in the first font of the chain that has all its characters. */
export function runsOf<F>(
	text: string,
	fonts: readonly F[],
	has: (font: F, codePoint: number) => boolean
): { text: string; font: F }[] {
	const runs: { text: string; font: F }[] = [];
	for (const char of text) {
		const cp = char.codePointAt(0) as number;
		const font = fonts.find(f => has(f, cp));
		if (font === undefined)
			throw new Error(
				`briefing pack: no font of the handout has the character "${char}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}), in: ${text}`
			);
		const last = runs.at(-1);
		if (last && last.font === font) last.text += char;
		else runs.push({ text: char, font });
	}
	return runs;
}

/** One weight of the handout's type, embedded in a PDF: measures and splits text into runs. */
export interface PdfFace {
	runs(text: string): { text: string; font: PDFFont }[];
	width(text: string, size: number): number;
}

/** A font file read for measuring: its characters and advance widths (fontkit, no layout). */
function openSfnt(file: string) {
	const sfnt = woffToSfnt(readFileSync(file));
	const font = fontkit.create(sfnt);
	if (!('characterSet' in font)) throw new Error(`${file}: a font collection, not one font`);
	const chars = new Set(font.characterSet);
	const widths = new Map<number, number>();
	const advance = (cp: number) => {
		let w = widths.get(cp);
		if (w === undefined) {
			w = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
			widths.set(cp, w);
		}
		return w;
	};
	return { sfnt, chars, advance };
}

/**
 * The OpenType features fontkit applies by default, all off: pdf-lib draws glyphs by their
 * advances and ignores positioning (kerning, marks), so the features only cost time (a second of
 * the handout's), and without substitutions (ligatures) the text is drawn exactly as measured.
 */
const NO_FEATURES = Object.fromEntries(
	['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'].map(
		tag => [tag, false]
	)
);

/**
 * Embeds, for `weight`, the fonts of the chain that `text` (every string the document will draw in
 * that weight) needs: the first always, a fallback only if some character needs it. Widths are
 * the sum of the characters' advances, which is what pdf-lib draws (no features, below), without
 * laying out every word.
 */
export async function embedFace(doc: PDFDocument, weight: Weight, text: string): Promise<PdfFace> {
	let missing = new Set([...text].map(c => c.codePointAt(0) as number).filter(cp => cp >= 0x20));
	const fonts: (ReturnType<typeof openSfnt> & { font: PDFFont })[] = [];
	for (const [i, file] of chainFiles(weight).entries()) {
		if (i > 0 && missing.size === 0) break;
		const opened = openSfnt(file);
		if (i > 0 && ![...missing].some(cp => opened.chars.has(cp))) continue;
		const font = await doc.embedFont(opened.sfnt, { subset: true, features: NO_FEATURES });
		fonts.push({ ...opened, font });
		missing = new Set([...missing].filter(cp => !opened.chars.has(cp)));
	}
	const has = (f: { chars: Set<number> }, cp: number) => cp < 0x20 || f.chars.has(cp);
	return {
		runs: s => runsOf(s, fonts, has).map(r => ({ text: r.text, font: r.font.font })),
		width(s, size) {
			let em = 0;
			for (const run of runsOf(s, fonts, has))
				for (const char of run.text) em += run.font.advance(char.codePointAt(0) as number);
			return em * size;
		}
	};
}

/** DejaVu Sans, by weight, for measuring the slides' text. */
const dejavu: Partial<Record<Weight, ReturnType<typeof openSfnt>>> = {};

/** The width of text in DejaVu Sans at `size` (points), for fitting the slides' Arial text. */
export function slideMeasure(weight: Weight, size: number): Measure {
	const font = (dejavu[weight] ??= openSfnt(chainFiles(weight)[2] as string));
	return text => {
		let em = 0;
		for (const char of text) em += font.advance(char.codePointAt(0) as number);
		return em * size;
	};
}
