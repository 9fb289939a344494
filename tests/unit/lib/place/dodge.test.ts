import { describe, expect, it } from 'vitest';
import { dodge } from '../../../../src/lib/place/dodge.ts';

describe('dodge(circles, top, bottom)', () => {
	const tests = [
		{ title: 'leaves a lone circle on the centre line', args: [{ cx: 50, cy: 0, r: 10 }] },
		{
			title: 'moves the smaller of two touching circles off the larger',
			args: [
				{ cx: 50, cy: 0, r: 10 },
				{ cx: 55, cy: 0, r: 20 }
			]
		},
		{
			title: 'keeps three circles at one date apart',
			args: [
				{ cx: 50, cy: 0, r: 8 },
				{ cx: 50, cy: 0, r: 8 },
				{ cx: 50, cy: 0, r: 8 }
			]
		}
	];
	for (const { title, args } of tests) {
		it(`${title}, inside the lane`, () => {
			const out = dodge(args, 0, 100);
			out.forEach((a, i) => {
				expect(a.cy - a.r).toBeGreaterThanOrEqual(0);
				expect(a.cy + a.r).toBeLessThanOrEqual(100);
				out
					.slice(i + 1)
					.forEach(b =>
						expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r)
					);
			});
			expect(out.find(c => c.r === Math.max(...args.map(a => a.r)))?.cy).toBe(50);
		});
		it(`${title}: does not mutate its input`, () => {
			const copy = structuredClone(args);
			dodge(args, 0, 100);
			expect(args).toEqual(copy);
		});
	}
});
