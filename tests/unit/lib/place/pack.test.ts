import { describe, expect, it } from 'vitest';
import { packAround } from '../../../../src/lib/place/pack.ts';

describe('packAround(radii, gap)', () => {
	const tests = [
		{ args: [3, 10, 5, 5, 2, 8], centre: 1 },
		{ args: [4, 4, 4], centre: 0 },
		{ args: [7], centre: 0 }
	];
	for (const { args, centre } of tests) {
		it(`puts the largest of [${args}] at the centre and no two circles over each other`, () => {
			const offsets = packAround(args);
			expect(offsets[centre]).toEqual({ dx: 0, dy: 0 });
			offsets.forEach((a, i) =>
				offsets.forEach((b, j) => {
					if (i < j)
						expect(Math.hypot(a.dx - b.dx, a.dy - b.dy)).toBeGreaterThanOrEqual(
							args[i]! + args[j]! + 1.5 - 1e-9
						);
				})
			);
		});
		it(`does not mutate [${args}]`, () => {
			const input = [...args];
			packAround(input);
			expect(input).toEqual(args);
		});
	}
});
