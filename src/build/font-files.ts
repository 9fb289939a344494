/**
 * What the build reads from the page's one font, Source Sans 3 (@fontsource/source-sans-3, SIL OFL
 * 1.1; the latin subset as WOFF2, the files the page ships): the advance width of every character
 * the files map, per shipped weight (the text-width measure, src/lib/place/measure.ts), and the
 * fallback faces that make a local font take the same room until the web font arrives. Nothing here
 * is typed in from the font: a new version of the package gives new numbers. Node only.
 */
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import helvetica from '@capsizecss/metrics/helvetica';
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

/**
 * The fallback faces (capsize's createFontStack): local fonts scaled with `size-adjust` so that
 * their average latin letter is as wide as Source Sans 3's, with its ascent, descent and line gap,
 * so text set in them wraps and stands as it will in the web font. Arial's metrics are capsize's
 * (measured from its file); Liberation Sans and Arimo are metric-compatible with Arial, so they
 * share its face. DejaVu Sans (Linux without them) is measured from @fontsource/dejavu-sans.
 */
export async function fallbackCss(): Promise<{ css: string; families: string[] }> {
	const primary = { ...(await fromFile(fontFile(400))), familyName: FAMILY };
	const dejavu = await fromFile(
		require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff2')
	);
	const fallbacks = [
		{ metrics: arial, local: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo'] },
		{ metrics: helvetica, local: ['Helvetica'] },
		{ metrics: dejavu, local: ['DejaVu Sans', 'DejaVuSans'] }
	];
	const { fontFaces } = createFontStack([primary, ...fallbacks.map(f => f.metrics)], {
		fontFaceFormat: 'styleObject'
	});
	const faces = fontFaces.map(({ '@font-face': face }, i) => {
		const src = (fallbacks[i] as (typeof fallbacks)[number]).local
			.map(name => `local('${name}')`)
			.join(', ');
		const rules = Object.entries({ ...face, src })
			.map(([key, value]) => `\t${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}: ${value};`)
			.join('\n');
		return `@font-face {\n${rules}\n}`;
	});
	const families = fontFaces.map(({ '@font-face': face }) => String(face.fontFamily));
	return { css: faces.join('\n'), families };
}
