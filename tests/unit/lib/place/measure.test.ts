import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFile } from '../../../../src/build/font-files.ts';
import {
	shippedWeight,
	textWidth,
	wrapText,
	type FontWeight
} from '../../../../src/lib/place/measure.ts';

/** The width of `text` as fontkit shapes it from the shipped file, kerning and ligatures off. */
function shapedWidth(text: string, fontSize: number, weight: FontWeight): number {
	const font = fontkit.create(readFileSync(fontFile(weight))) as fontkit.Font;
	const run = font.layout(text, { kern: false, liga: false });
	const units = run.positions.reduce((sum, p) => sum + p.xAdvance, 0);
	return (units / font.unitsPerEm) * fontSize;
}

describe('textWidth(text, fontSize, weight)', () => {
	const cases: { text: string; fontSize: number; weight: FontWeight }[] = [
		{ text: 'Ronin $620M', fontSize: 12, weight: 400 },
		{ text: 'Ronin $620M', fontSize: 12, weight: 700 },
		{ text: 'Correlation r = 0.42 over 11 years (2016–2026)', fontSize: 12, weight: 700 },
		{ text: '“Lazarus” stole $1.5bn — the most… ×2 −3 €5 ¥6', fontSize: 16, weight: 400 },
		{ text: 'Sept. 14, 2023: Pyongyang’s ICBM', fontSize: 13, weight: 700 }
	];
	for (const { text, fontSize, weight } of cases)
		it(`gives the font's own advances for "${text}" at ${fontSize} px, weight ${weight}`, () =>
			expect(textWidth(text, fontSize, weight)).toBeCloseTo(
				shapedWidth(text, fontSize, weight),
				6
			));

	it('measures narrow and wide letters as they are (iiii under half of MMMM)', () => {
		for (const weight of [400, 700])
			expect(textWidth('iiii', 12, weight)).toBeLessThan(textWidth('MMMM', 12, weight) / 2);
	});
	it('measures bold wider than regular, and 600 as the bold it is drawn in', () => {
		expect(textWidth('Harmony $100M', 12, 700)).toBeGreaterThan(textWidth('Harmony $100M', 12));
		expect(textWidth('Harmony $100M', 12, 600)).toBe(textWidth('Harmony $100M', 12, 700));
	});
	it('scales with the font size', () =>
		expect(textWidth('Bybit', 24)).toBeCloseTo(2 * textWidth('Bybit', 12), 9));
	it('gives a character outside the font a letter’s width, not nothing', () => {
		expect(textWidth('₩', 12)).toBeGreaterThan(textWidth('i', 12));
		expect(textWidth('₩', 12)).toBeLessThan(textWidth('M', 12));
	});
	it('is zero for no text', () => expect(textWidth('', 12)).toBe(0));
});

describe('shippedWeight(weight)', () => {
	const cases: [number, FontWeight][] = [
		[300, 400],
		[400, 400],
		[500, 400],
		[600, 700],
		[700, 700],
		[900, 700]
	];
	for (const [weight, shipped] of cases)
		it(`draws ${weight} in ${shipped}`, () => expect(shippedWeight(weight)).toBe(shipped));
});

describe('wrapText(text, maxWidth, fontSize, weight)', () => {
	const note =
		'The Bybit theft in February 2025, $1.5bn, is the largest on record; launches that month: none';
	const cases = [
		{ text: note, maxWidth: 240, fontSize: 12, weight: 400 },
		{ text: note, maxWidth: 120, fontSize: 12, weight: 400 },
		{ text: note, maxWidth: 120, fontSize: 12, weight: 700 },
		{ text: 'No launches in 2018; $522M stolen', maxWidth: 90, fontSize: 13, weight: 400 }
	];
	for (const { text, maxWidth, fontSize, weight } of cases)
		describe(`${maxWidth} px at ${fontSize} px, weight ${weight}`, () => {
			const lines = wrapText(text, maxWidth, fontSize, weight);
			it('keeps every line within the width', () => {
				expect(lines.length).toBeGreaterThan(1);
				for (const line of lines)
					expect(textWidth(line, fontSize, weight), line).toBeLessThanOrEqual(maxWidth);
			});
			it('fills each line: its next word would not have fitted', () => {
				for (const [i, line] of lines.slice(0, -1).entries()) {
					const next = lines[i + 1]!.split(' ')[0]!;
					expect(textWidth(`${line} ${next}`, fontSize, weight)).toBeGreaterThan(maxWidth);
				}
			});
			it('keeps every word, in order', () => expect(lines.join(' ')).toBe(text));
		});

	it('wraps by width, not by count: a line of i’s holds more letters than a line of M’s', () => {
		const [is] = wrapText('iii '.repeat(20), 100, 12);
		const [ms] = wrapText('MMM '.repeat(20), 100, 12);
		expect(is!.length).toBeGreaterThan(2 * ms!.length);
	});
	it('gives an overlong word its own line', () =>
		expect(wrapText('a supercalifragilistic b', 30, 12)).toEqual([
			'a',
			'supercalifragilistic',
			'b'
		]));
	it('does not break at a no-break space', () =>
		expect(wrapText('where r\u00a0=\u00a00.41 holds', 40, 12)).toEqual([
			'where',
			'r\u00a0=\u00a00.41',
			'holds'
		]));
	it('collapses runs of spaces and returns no lines for blank text', () => {
		expect(wrapText('  two   words ', 500, 12)).toEqual(['two words']);
		expect(wrapText('  ', 100, 12)).toEqual([]);
	});
});
