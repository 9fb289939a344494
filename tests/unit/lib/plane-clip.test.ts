import { describe, expect, it } from 'vitest';
import { clipPlanePaths, compactPath, pathRings } from '../../../src/lib/plane-clip.ts';
import { frame } from './frame.ts';

/** Every point of compact path data (compactPath), as [x, y]. */
function points(d: string): number[][] {
	const out: number[][] = [];
	for (const ring of d.split('z').filter(Boolean)) {
		const [start = '', steps = ''] = ring.slice(1).split('l');
		let [x = 0, y = 0] = start.split(',').map(Number);
		out.push([x, y]);
		for (const step of steps.split(' ')) {
			const [dx = 0, dy = 0] = step.split(',').map(Number);
			[x, y] = [x + dx, y + dy];
			out.push([x, y]);
		}
	}
	return out;
}

describe('pathRings', () => {
	it('reads the rings of M/L/Z path data, each closed on its first point', () => {
		expect(pathRings('M0,0L10,0L10,10Z M20,20L30,20L30,30Z')).toEqual([
			[
				[0, 0],
				[10, 0],
				[10, 10],
				[0, 0]
			],
			[
				[20, 20],
				[30, 20],
				[30, 30],
				[20, 20]
			]
		]);
	});

	it('leaves out what is not a ring (a lone point)', () => {
		expect(pathRings('M1,1Z')).toEqual([]);
	});
});

describe('compactPath', () => {
	it('writes each point as its step from the one before, closed, without repeated points', () => {
		const rings = pathRings('M1,2L1,2L3,4L3,4L3,45L5,6Z');
		expect(compactPath(rings)).toBe('M1,2l2,2 0,41 2,-39z');
	});

	it('is read back as the same rings', () => {
		const d = 'M10,10L20,10L20,20L10,20Z';
		expect(points(compactPath(pathRings(d)))).toEqual(pathRings(d)[0]?.slice(0, -1));
	});

	it('leaves out rings that rounding has collapsed', () => {
		expect(compactPath(pathRings('M1,1L1,1L2,1Z'))).toBe('');
	});
});

describe('clipPlanePaths', () => {
	const square = { id: 'sq', d: 'M0,0L100,0L100,100L0,100Z' };

	it('moves plane paths by the zoom into the frame’s own pixels', () => {
		// plane point p is drawn at p × 2 + (10, 20); the frame starts at (10, 20)
		const [out] = clipPlanePaths([square], { k: 2, x: 10, y: 20 }, frame(10, 20, 1000, 1000));
		const xs = points(out?.d ?? '').map(p => p[0] ?? Number.NaN);
		expect(Math.min(...xs)).toBe(0);
		expect(Math.max(...xs)).toBe(200);
	});

	it('cuts what lies outside the frame, with a small bleed', () => {
		const [out] = clipPlanePaths([square], { k: 1, x: 0, y: 0 }, frame(0, 0, 50, 50), 2);
		for (const [x, y] of points(out?.d ?? '')) {
			expect(x).toBeGreaterThanOrEqual(-2);
			expect(x).toBeLessThanOrEqual(52);
			expect(y).toBeGreaterThanOrEqual(-2);
			expect(y).toBeLessThanOrEqual(52);
		}
	});

	it('leaves out countries wholly outside the frame', () => {
		const far = { id: 'far', d: 'M500,500L600,500L600,600Z' };
		expect(clipPlanePaths([square, far], { k: 1, x: 0, y: 0 }, frame(0, 0, 50, 50))).toHaveLength(
			1
		);
	});

	it('keeps a frame wholly inside a country filled', () => {
		const [out] = clipPlanePaths([square], { k: 1, x: 0, y: 0 }, frame(40, 40, 10, 10));
		expect(out?.d).not.toBe('');
	});
});
