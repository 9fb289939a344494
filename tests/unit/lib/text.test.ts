import { describe, expect, it } from 'vitest';
import { charsThatFit, fitLabel, textWidth, wrapText } from '../../../src/lib/text.ts';

describe('wrapText(text, maxChars)', () => {
	it('breaks at spaces within the width', () =>
		expect(wrapText('No launches in 2018; $522M stolen', 16)).toEqual([
			'No launches in',
			'2018; $522M',
			'stolen'
		]));
	it('gives an overlong word its own line', () =>
		expect(wrapText('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']));
	it('returns no lines for empty text', () => expect(wrapText('  ', 10)).toEqual([]));
});

describe('charsThatFit(width, fontSize)', () => {
	it('never goes below 8 characters', () => expect(charsThatFit(10, 12)).toBe(8));
	it('grows with the width', () =>
		expect(charsThatFit(240, 12)).toBeGreaterThan(charsThatFit(120, 12)));
});

describe('fitLabel(x, text, fontSize, left, right)', () => {
	const FONT = 12;
	/** Where the label's ink starts and ends, by the same measure fitLabel uses. */
	const extent = (text: string, fit: ReturnType<typeof fitLabel>) => {
		const width = textWidth(text, FONT);
		const start = { start: fit.x, middle: fit.x - width / 2, end: fit.x - width }[fit.anchor];
		return [start, start + width] as const;
	};
	const cases: {
		title: string;
		args: [number, string, number, number, number];
		expected: ReturnType<typeof fitLabel>;
	}[] = [
		{
			title: 'is centred on x when it fits',
			args: [150, '2022', FONT, 0, 300],
			expected: { x: 150, anchor: 'middle' }
		},
		{
			title: 'is flush to the right edge, anchored at its end, when centring would cross it',
			args: [296, 'Harmony $100M', FONT, 0, 300],
			expected: { x: 300, anchor: 'end' }
		},
		{
			title: 'is flush to the left edge, anchored at its start, when centring would cross it',
			args: [44, 'Harmony $100M', FONT, 40, 300],
			expected: { x: 40, anchor: 'start' }
		}
	];
	for (const { title, args, expected } of cases)
		it(title, () => expect(fitLabel(...args)).toEqual(expected));

	it('keeps any label narrower than the space inside it, wherever x is', () => {
		for (const text of ['2018', 'Ronin $620M', '2,000 missiles'])
			for (let x = 0; x <= 300; x += 5) {
				const [start, end] = extent(text, fitLabel(x, text, FONT, 0, 300));
				expect(start, `${text} at ${x}`).toBeGreaterThanOrEqual(-1e-9);
				expect(end, `${text} at ${x}`).toBeLessThanOrEqual(300 + 1e-9);
			}
	});

	it('moves a label only when it must: centred wherever it fits', () => {
		const half = textWidth('Ronin $620M', FONT) / 2;
		for (let x = Math.ceil(half); x <= 300 - half; x += 5)
			expect(fitLabel(x, 'Ronin $620M', FONT, 0, 300)).toEqual({ x, anchor: 'middle' });
	});
});
