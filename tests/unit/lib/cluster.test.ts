import { describe, expect, it } from 'vitest';
import { packAround } from '../../../src/lib/cluster.ts';

describe('packAround(radii, gap)', () => {
	it('puts the largest at the centre and no two circles over each other', () => {
		const radii = [3, 10, 5, 5, 2, 8];
		const offsets = packAround(radii);
		expect(offsets[1]).toEqual({ dx: 0, dy: 0 });
		offsets.forEach((a, i) =>
			offsets.forEach((b, j) => {
				if (i < j)
					expect(Math.hypot(a.dx - b.dx, a.dy - b.dy)).toBeGreaterThanOrEqual(
						radii[i]! + radii[j]! + 1.5 - 1e-9
					);
			})
		);
	});
	it('leaves a single circle where it is', () =>
		expect(packAround([7])).toEqual([{ dx: 0, dy: 0 }]));
});
