import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../../src/lib/place/measure.ts';

describe('wrapText(text, maxWidth, fontSize)', () => {
	const tests: { title: string; args: Parameters<typeof wrapText>; expected: string[] }[] = [
		{
			title: 'breaks at spaces so that no line is wider than the width',
			args: ['No launches in 2018; $522M stolen', 16 * 7.2, 12],
			expected: ['No launches in', '2018; $522M', 'stolen']
		},
		{
			title: 'gives an overlong word its own line',
			args: ['a supercalifragilistic b', 5 * 7.2, 12],
			expected: ['a', 'supercalifragilistic', 'b']
		},
		{ title: 'returns no lines for empty text', args: ['  ', 100, 12], expected: [] },
		{
			title: 'keeps one line when the text fits',
			args: ['Ronin $620M', 200, 12],
			expected: ['Ronin $620M']
		}
	];
	for (const { title, args, expected } of tests) {
		it(title, () => expect(wrapText(...args)).toEqual(expected));
	}
	it('breaks bold text sooner than regular text of the same size', () =>
		expect(wrapText('Correlation r = 0.41 over 10 years', 150, 12, 700)[0]!.length).toBeLessThan(
			wrapText('Correlation r = 0.41 over 10 years', 150, 12)[0]!.length
		));
});

describe('textWidth(text, fontSize, weight)', () => {
	it('grows with the font size', () =>
		expect(textWidth('2022', 14)).toBeGreaterThan(textWidth('2022', 12)));
	it('is wider in bold', () =>
		expect(textWidth('2022', 12, 700)).toBeGreaterThan(textWidth('2022', 12)));
});
