/**
 * The font the build ships and derives from: the fallback faces take the room Source Sans 3 will
 * take (so nothing moves when it arrives), the page asks for them by their generated names, and
 * the stylesheet serves exactly the weights the measure and the preloads know.
 */
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILY, fallbackCss, fontFile, WEIGHTS } from '../../../src/build/font-files.ts';
import type { FontWeight } from '../../../src/lib/place/measure.ts';

const styles = resolve(import.meta.dirname, '../../../src/styles');
const require = createRequire(import.meta.url);
const { css, families } = await fallbackCss();

/** The descriptors of each generated @font-face. */
const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) =>
	Object.fromEntries(
		[...body!.matchAll(/([\w-]+): ([^;]+);/g)].map(([, key, value]) => [key!, value!])
	)
);
/** The face of `family` that draws `weight` (by its font-weight descriptor). */
function face(family: string, weight: FontWeight): Record<string, string> {
	const found = faces.find(
		f =>
			f['font-family'] === `"${FAMILY} Fallback: ${family}"` &&
			f['font-weight']!.split(' ').includes(String(weight))
	);
	if (!found) throw new Error(`no fallback face for ${family} ${weight}`);
	return found;
}
const percent = (value: string | undefined) => parseFloat(value ?? '0') / 100;

function openFont(path: string): fontkit.Font {
	return fontkit.create(readFileSync(path)) as fontkit.Font;
}

/** The advance of `text` in `font`, in ems. */
function ems(font: fontkit.Font, text: string): number {
	const units = [...text].reduce(
		(sum, c) => sum + font.glyphForCodePoint(c.codePointAt(0)!).advanceWidth,
		0
	);
	return units / font.unitsPerEm;
}

describe('the fallback faces', () => {
	it('are a regular and a bold per local font, in the order tokens.css asks for them', () => {
		const tokens = readFileSync(resolve(styles, 'tokens.css'), 'utf8');
		const stack = /--font-sans:\s*([^;]+);/.exec(tokens)![1]!.replace(/\s+/g, ' ');
		const names = stack.split(',').map(name => name.trim().replace(/^['"]|['"]$/g, ''));
		expect(names).toEqual([FAMILY, ...families.map(f => f.replace(/^"|"$/g, '')), 'sans-serif']);
		expect(faces.map(f => f['font-family'])).toEqual([...families, ...families]);
		expect(faces.map(f => f['font-weight'])).toEqual([
			...families.map(() => '400'),
			...families.map(() => '600 700')
		]);
	});

	it('give every fallback Source Sans 3’s ascent and descent (the same line box)', () => {
		for (const weight of WEIGHTS) {
			const font = openFont(fontFile(weight));
			for (const f of faces.filter(f => f['font-weight']!.includes(String(weight)))) {
				const scale = percent(f['size-adjust']) || 1;
				const what = `${f['font-family']} ${weight}`;
				expect(percent(f['ascent-override']) * scale, what).toBeCloseTo(
					font.ascent / font.unitsPerEm,
					3
				);
				expect(percent(f['descent-override']) * scale, what).toBeCloseTo(
					-font.descent / font.unitsPerEm,
					3
				);
			}
		}
	});

	const sentence = 'North Korea stole more in cryptocurrency in 2022 than in any other year.';
	for (const weight of WEIGHTS)
		it(`set DejaVu Sans (the Linux fallback) as wide as Source Sans 3 sets a sentence in ${weight}, within 3%`, () => {
			const dejavu = openFont(
				require.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff2`)
			);
			const adjust = percent(face('DejaVu Sans', weight)['size-adjust']);
			const target = ems(openFont(fontFile(weight)), sentence);
			// unadjusted, DejaVu Sans is about a fifth wider
			expect(ems(dejavu, sentence) / target).toBeGreaterThan(1.15);
			expect(Math.abs((ems(dejavu, sentence) * adjust) / target - 1)).toBeLessThan(0.03);
		});

	it('name the bold local fonts for the bold face', () => {
		expect(face('Arial', 700)['src']).toContain("local('Arial Bold')");
		expect(face('DejaVu Sans', 700)['src']).toContain("local('DejaVu Sans Bold')");
		expect(face('DejaVu Sans', 400)['src']).not.toContain('Bold');
	});
});

describe('fonts.css', () => {
	const fonts = readFileSync(resolve(styles, 'fonts.css'), 'utf8');
	it('serves each shipped weight from its file, swapping when it arrives, and nothing else', () => {
		const urls = [...fonts.matchAll(/url\('([^']+)'\)/g)].map(m => basename(m[1]!));
		expect(urls).toEqual(WEIGHTS.map(w => basename(fontFile(w))));
		expect(fonts.match(/font-display: swap;/g)).toHaveLength(WEIGHTS.length);
	});
});
