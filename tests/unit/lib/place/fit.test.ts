/** Where a label goes when centring it would cross an edge (src/lib/place/fit.ts), measured in the font. */
import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../../../src/lib/place/fit.ts';
import { textWidth } from '../../../../src/lib/place/measure.ts';

describe('fitLabel(x, text, fontSize, left, right, weight)', () => {
	const label = '$1.5bn';
	const half = textWidth(label, 12, 700) / 2;
	const cases = [
		{ name: 'centred when it fits', x: 100, expected: { x: 100, anchor: 'middle' } },
		{
			name: 'flush right past the right edge',
			x: 200 - half + 1,
			expected: { x: 200, anchor: 'end' }
		},
		{
			name: 'centred when it just fits on the right',
			x: 200 - half,
			expected: { x: 200 - half, anchor: 'middle' }
		},
		{ name: 'flush left past the left edge', x: half - 1, expected: { x: 0, anchor: 'start' } }
	] as const;
	for (const { name, x, expected } of cases)
		it(name, () => expect(fitLabel(x, label, 12, 0, 200, 700)).toEqual(expected));
	it('measures in the weight it is given: bold reaches the edge sooner', () => {
		const x = 200 - textWidth(label, 12, 400) / 2;
		expect(fitLabel(x, label, 12, 0, 200).anchor).toBe('middle');
		expect(fitLabel(x, label, 12, 0, 200, 700).anchor).toBe('end');
	});
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
