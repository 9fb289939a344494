import { describe, expect, it } from 'vitest';
import { pearson } from '../../../src/data/derive/stats.ts';

describe('pearson(xs, ys)', () => {
	it('is 1 for a perfect increasing line and −1 for a decreasing one', () => {
		expect(pearson([1, 2, 3, 4], [2, 4, 6, 8]).r).toBeCloseTo(1, 12);
		expect(pearson([1, 2, 3, 4], [8, 6, 4, 2]).r).toBeCloseTo(-1, 12);
	});
	it('matches a hand-computed value', () =>
		// x = 1..5, y = 2,1,4,3,5: r = 0.8
		expect(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]).r).toBeCloseTo(0.8, 12));
	it('refuses what it cannot compute', () => {
		expect(() => pearson([1, 2], [1, 2])).toThrow(/at least 3/);
		expect(() => pearson([1, 1, 1], [1, 2, 3])).toThrow(/does not vary/);
		expect(() => pearson([1, 2, 3], [1, 2])).toThrow(/3 x values but 2/);
	});
	it('does not mutate its input', () => {
		const xs = Object.freeze([1, 2, 3]);
		const ys = Object.freeze([3, 1, 2]);
		expect(() => pearson(xs, ys)).not.toThrow();
	});
});

/**
 * Student's t with 1, 2 and 3 degrees of freedom has a closed form, an independent check on the
 * p-value pearson() computes through the incomplete beta function:
 * P(|T| > t) = 1 − (2/π)·atan(t) (df 1), 1 − t/√(2 + t²) (df 2),
 * 1 − (2/π)·(atan(u) + u/(1 + u²)) with u = t/√3 (df 3).
 */
function twoSidedP(r: number, n: number): number {
	const df = n - 2;
	const t = Math.abs(r) * Math.sqrt(df / (1 - r * r));
	if (df === 1) return 1 - (2 / Math.PI) * Math.atan(t);
	if (df === 2) return 1 - t / Math.sqrt(2 + t * t);
	const u = t / Math.sqrt(3);
	return 1 - (2 / Math.PI) * (Math.atan(u) + u / (1 + u * u));
}

describe('pearson(xs, ys).p, the two-sided p-value of r', () => {
	const cases = [
		{
			args: [
				[1, 2, 3],
				[1, 3, 2]
			],
			title: 'three pairs (df 1)'
		},
		{
			args: [
				[1, 2, 3, 4],
				[1, 3, 2, 5]
			],
			title: 'four pairs (df 2)'
		},
		{
			args: [
				[1, 2, 3, 4, 5],
				[2, 1, 4, 3, 5]
			],
			title: 'five pairs, r = 0.8 (df 3)'
		},
		{
			args: [
				[1, 2, 3, 4, 5],
				[5, 3, 4, 1, 2]
			],
			title: 'five pairs, a negative r (df 3)'
		}
	];
	for (const { args, title } of cases)
		it(`matches Student's t in closed form for ${title}`, () => {
			const [xs, ys] = args as [number[], number[]];
			const { r, n, p } = pearson(xs, ys);
			expect(p).toBeCloseTo(twoSidedP(r, n), 10);
		});
	it('is 1 when r is 0 and 0 when the pairs lie on a line', () => {
		expect(pearson([1, 2, 3], [1, 0, 1]).p).toBeCloseTo(1, 12);
		expect(pearson([1, 2, 3, 4], [2, 4, 6, 8]).p).toBe(0);
	});
	it('is near the Student t table: r = 0.8, n = 5 gives p ≈ 0.104', () =>
		expect(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]).p).toBeCloseTo(0.104, 3));
});
