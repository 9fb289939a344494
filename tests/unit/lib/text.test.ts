import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/lib/place/measure.ts';
import { fitLabel, wrapText } from '../../../src/lib/text.ts';

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
