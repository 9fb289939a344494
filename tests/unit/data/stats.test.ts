import { describe, expect, it } from 'vitest';
import { correlationPValue, pearson, regularizedBeta } from '../../../src/data/derive/stats.ts';

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

describe('correlationPValue(r, n) against Student t tables', () => {
	const table: [number, number, number][] = [
		[0.5, 10, 0.1411],
		[0.6319, 10, 0.05],
		[0.7646, 10, 0.01],
		[0, 10, 1]
	];
	for (const [r, n, p] of table)
		it(`r = ${r}, n = ${n} → p ≈ ${p}`, () => expect(correlationPValue(r, n)).toBeCloseTo(p, 3));
});

describe('regularizedBeta(x, a, b)', () => {
	it('I_0.5(2, 3) = 0.6875 and the edges are 0 and 1', () => {
		expect(regularizedBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 12);
		expect(regularizedBeta(0, 2, 3)).toBe(0);
		expect(regularizedBeta(1, 2, 3)).toBe(1);
	});
});
