/**
 * What the build reads from the page's one font, Source Sans 3 (@fontsource/source-sans-3, SIL OFL
 * 1.1; the latin subset as WOFF2, the files the page ships): the advance width of every character
 * the files map, per shipped weight (the text-width measure, src/lib/place/measure.ts), and the
 * fallback faces that make a local font take the same room until the web font arrives. Nothing here
 * is typed in from the font: a new version of the package gives new numbers. Node only.
 */
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import arialBold from '@capsizecss/metrics/arial/700';
import helvetica from '@capsizecss/metrics/helvetica';
import helveticaBold from '@capsizecss/metrics/helvetica/700';
import { fromFile } from '@capsizecss/unpack/fs';
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontMetrics, FontWeight } from '../lib/place/measure.ts';

const require = createRequire(import.meta.url);

/** The family name the CSS uses (the files call themselves after their variable-font master). */
export const FAMILY = 'Source Sans 3';

/** The weights shipped: 400 for text, 700 for headings, labels and the 600 the graphics ask for. */
export const WEIGHTS: readonly FontWeight[] = [400, 700];

/** The WOFF2 file of a shipped weight, resolved in node_modules. */
export function fontFile(weight: FontWeight): string {
	return require.resolve(
		`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`
	);
}

function openFont(path: string): fontkit.Font {
	const font = fontkit.create(readFileSync(path));
	if (!('characterSet' in font)) throw new Error(`${path}: a font collection, not one font`);
	return font;
}

/** Every character the shipped files map, in code point order (the same set in each weight). */
function characters(font: fontkit.Font): string {
	return font.characterSet
		.filter(cp => cp >= 0x20)
		.sort((a, b) => a - b)
		.map(cp => String.fromCodePoint(cp))
		.join('');
}

/** The advance width of each of `chars` in the file of `weight`, in font units. */
function advances(weight: FontWeight, chars: string): number[] {
	const font = openFont(fontFile(weight));
	return [...chars].map(c => font.glyphForCodePoint(c.codePointAt(0) as number).advanceWidth);
}

/** The measure's table: per weight, the advance of each character, and a width for any other. */
export function fontMetrics(): FontMetrics {
	const regular = openFont(fontFile(400));
	const chars = characters(regular);
	const letters = [...chars].flatMap((c, i) => (/[A-Za-z0-9]/.test(c) ? [i] : []));
	const weights = {} as FontMetrics['weights'];
	for (const weight of WEIGHTS) {
		const widths = advances(weight, chars);
		// a character outside the subset comes from a fallback font; the mean letter or figure of
		// this one is the best guess of its width
		const mean = letters.reduce((sum, i) => sum + (widths[i] as number), 0) / letters.length;
		weights[weight] = { advances: widths, other: Math.round(mean) };
	}
	return { unitsPerEm: regular.unitsPerEm, chars, weights };
}

type Metrics = Awaited<ReturnType<typeof fromFile>>;

/** A local font to stand in for Source Sans 3, per shipped weight: its names and its metrics. */
interface Fallback {
	family: string;
	local: Record<FontWeight, string[]>;
	metrics: () => Promise<Record<FontWeight, Metrics>>;
}

const dejavuFile = (weight: FontWeight) =>
	require.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff2`);

/**
 * Arial's and Helvetica's metrics are capsize's (measured from their files); Liberation Sans and
 * Arimo are metric-compatible with Arial, so they share its faces. DejaVu Sans (Linux without
 * them) is measured here, from @fontsource/dejavu-sans. Each local name is a full name or a
 * PostScript name, as `local()` matches.
 */
const FALLBACKS: Fallback[] = [
	{
		family: 'Arial',
		local: {
			400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo'],
			700: [
				'Arial Bold',
				'Arial-BoldMT',
				'Liberation Sans Bold',
				'LiberationSans-Bold',
				'Arimo Bold'
			]
		},
		metrics: async () => ({ 400: arial, 700: arialBold })
	},
	{
		family: 'Helvetica',
		local: { 400: ['Helvetica'], 700: ['Helvetica Bold', 'Helvetica-Bold'] },
		metrics: async () => ({ 400: helvetica, 700: helveticaBold })
	},
	{
		family: 'DejaVu Sans',
		local: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
		metrics: async () => ({
			400: await fromFile(dejavuFile(400)),
			700: await fromFile(dejavuFile(700))
		})
	}
];

/** The CSS weights each shipped weight answers (fonts.css gives the bold face 600 too). */
const WEIGHT_RANGE: Record<FontWeight, string> = { 400: '400', 700: '600 700' };

function faceCss(face: Record<string, unknown>): string {
	const rules = Object.entries(face)
		.map(
			([key, value]) => `\t${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}: ${String(value)};`
		)
		.join('\n');
	return `@font-face {\n${rules}\n}`;
}

/**
 * The fallback faces (capsize's createFontStack), a regular and a bold for each local font: scaled
 * with `size-adjust` so that their average latin letter is as wide as Source Sans 3's in the same
 * weight, with its ascent, descent and line gap, so text set in them wraps and stands as it will
 * in the web font. `families` are their names, in the order the page's font stack lists them.
 */
export async function fallbackCss(): Promise<{ css: string; families: string[] }> {
	const metrics = await Promise.all(FALLBACKS.map(f => f.metrics()));
	const faces: string[] = [];
	let families: string[] = [];
	for (const weight of WEIGHTS) {
		const primary = { ...(await fromFile(fontFile(weight))), familyName: FAMILY };
		const stack = createFontStack(
			[primary, ...FALLBACKS.map((f, i) => ({ ...metrics[i]![weight], familyName: f.family }))],
			{ fontFaceFormat: 'styleObject', fontFaceProperties: { fontWeight: WEIGHT_RANGE[weight] } }
		);
		families = stack.fontFaces.map(({ '@font-face': face }) => String(face.fontFamily));
		stack.fontFaces.forEach(({ '@font-face': face }, i) => {
			const src = FALLBACKS[i]!.local[weight].map(name => `local('${name}')`).join(', ');
			faces.push(faceCss({ ...face, src }));
		});
	}
	return { css: faces.join('\n'), families };
}
