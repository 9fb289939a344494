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

const styles = resolve(import.meta.dirname, '../../../src/styles');
const require = createRequire(import.meta.url);
const { css, families } = await fallbackCss();

/** The descriptors of each generated @font-face, by family. */
const faces = new Map(
	[...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => {
		const rules = Object.fromEntries(
			[...body!.matchAll(/([\w-]+): ([^;]+);/g)].map(([, key, value]) => [key!, value!])
		);
		return [rules['font-family']!, rules];
	})
);
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
	it('are one per local font, in the order tokens.css asks for them', () => {
		const tokens = readFileSync(resolve(styles, 'tokens.css'), 'utf8');
		const stack = /--font-sans:\s*([^;]+);/.exec(tokens)![1]!.replace(/\s+/g, ' ');
		const names = stack.split(',').map(name => name.trim().replace(/^['"]|['"]$/g, ''));
		expect(names).toEqual([FAMILY, ...families.map(f => f.replace(/^"|"$/g, '')), 'sans-serif']);
		expect([...faces.keys()]).toEqual(families);
	});

	it('give every fallback Source Sans 3’s ascent and descent (the same line box)', () => {
		const font = openFont(fontFile(400));
		for (const [family, face] of faces) {
			const scale = percent(face['size-adjust']) || 1;
			expect(percent(face['ascent-override']) * scale, family).toBeCloseTo(
				font.ascent / font.unitsPerEm,
				3
			);
			expect(percent(face['descent-override']) * scale, family).toBeCloseTo(
				-font.descent / font.unitsPerEm,
				3
			);
		}
	});

	it('set DejaVu Sans (the Linux fallback) as wide as Source Sans 3 sets a sentence, within 3%', () => {
		const sentence = 'North Korea stole more in cryptocurrency in 2022 than in any other year.';
		const dejavu = openFont(
			require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff2')
		);
		const adjust = percent(faces.get('"Source Sans 3 Fallback: DejaVu Sans"')?.['size-adjust']);
		const target = ems(openFont(fontFile(400)), sentence);
		// unadjusted, DejaVu Sans is about a fifth wider
		expect(ems(dejavu, sentence) / target).toBeGreaterThan(1.15);
		expect(Math.abs((ems(dejavu, sentence) * adjust) / target - 1)).toBeLessThan(0.03);
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
