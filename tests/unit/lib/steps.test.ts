import { describe, expect, it } from 'vitest';
import { activeIndex, stepIndexFromHash } from '../../../src/lib/steps.ts';

describe('activeIndex(tops, triggerY)', () => {
	const table: { tops: number[]; trigger: number; expected: number; why: string }[] = [
		{
			tops: [600, 1400, 2200],
			trigger: 400,
			expected: 0,
			why: 'no step has reached the line: the first'
		},
		{ tops: [-200, 380, 1200], trigger: 400, expected: 1, why: 'the last step past the line' },
		{
			tops: [-2000, -1200, -400],
			trigger: 400,
			expected: 2,
			why: 'scrolled past the end: the last'
		},
		{
			tops: [-800, 400, 1200],
			trigger: 400,
			expected: 1,
			why: 'a step exactly on the line is active'
		}
	];
	for (const { tops, trigger, expected, why } of table) {
		it(`activeIndex([${tops}], ${trigger}) is ${expected}: ${why}`, () =>
			expect(activeIndex(tops, trigger)).toBe(expected));
	}
	it('does not mutate its input', () => {
		const tops = Object.freeze([1, 2, 3]);
		expect(() => activeIndex(tops, 2)).not.toThrow();
	});
});

describe('stepIndexFromHash(hash, ids)', () => {
	const ids = ['opening', 'theft-2018', 'theft-2022'];
	it('finds the step a hash names', () => expect(stepIndexFromHash('#theft-2018', ids)).toBe(1));
	it('decodes percent-encoding', () => expect(stepIndexFromHash('#theft%2D2022', ids)).toBe(2));
	it('returns null for an empty, unknown, malformed or huge hash', () => {
		for (const hash of ['', '#', '#nope', '#%E0%A4%A', `#${'x'.repeat(500)}`, 'theft-2018'])
			expect(stepIndexFromHash(hash, ids)).toBeNull();
	});
});
