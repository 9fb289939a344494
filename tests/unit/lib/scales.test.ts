/**
 * The package's own scales and spec interpolation against the d3 modules they stand in for
 * (d3-scale and d3-interpolate, dev dependencies for this comparison only): the same numbers.
 */
import { interpolate } from 'd3-interpolate';
import { scaleLinear as d3Linear, scaleSqrt as d3Sqrt } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { interpolateSpec } from '../../../src/lib/interpolate.ts';
import { niceMax, scaleLinear, scaleSqrt, sizeKey } from '../../../src/lib/scales.ts';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1664525 + 1013904223) % 4294967296;
		return s / 4294967296;
	};
}

describe('scaleLinear and scaleSqrt', () => {
	const next = random(42);
	const cases = Array.from({ length: 200 }, () => {
		const d0 = Math.round(next() * 1000) - 200;
		const d1 = d0 + Math.round(next() * 5e9) + 1;
		const r0 = Math.round(next() * 800);
		const r1 = next() < 0.5 ? r0 + Math.round(next() * 900) : r0 - Math.round(next() * 400);
		return { domain: [d0, d1] as [number, number], range: [r0, r1] as [number, number] };
	});

	it('map every value as d3-scale does, inside and outside the domain', () => {
		for (const { domain, range } of cases) {
			const ours = scaleLinear(domain, range);
			const theirs = d3Linear().domain(domain).range(range);
			for (const t of [-0.5, 0, 0.1, 0.5, 0.99, 1, 1.7]) {
				const v = domain[0] + t * (domain[1] - domain[0]);
				expect(ours(v)).toBeCloseTo(theirs(v), 9);
			}
			for (const count of [2, 3, 4, 5, 10]) expect(ours.ticks(count)).toEqual(theirs.ticks(count));
		}
	});

	it('take the square root as d3-scale does (circle area follows the value)', () => {
		for (const { range } of cases) {
			const max = Math.abs(range[1] - range[0]) * 1e6 + 1;
			const ours = scaleSqrt([0, max], range);
			const theirs = d3Sqrt().domain([0, max]).range(range);
			for (const t of [0, 0.01, 0.25, 0.5, 1])
				expect(ours(t * max)).toBeCloseTo(theirs(t * max), 9);
		}
	});

	it('put an empty domain in the middle of the range, as d3-scale does', () => {
		expect(scaleLinear([5, 5], [0, 100])(5)).toBe(d3Linear().domain([5, 5]).range([0, 100])(5));
	});

	it('round an axis top up as d3-scale’s nice does', () => {
		for (const max of [1, 7, 9, 10, 11, 69, 101, 522e6, 1.65e9, 2.02e9, 0]) {
			for (const count of [3, 4]) {
				const d3 = d3Linear()
					.domain([0, max > 0 ? max : 1])
					.nice(count)
					.domain()[1];
				expect(niceMax(max, count), `${max} / ${count}`).toBe(d3);
			}
		}
	});

	it('pick legend keys from the order of magnitude', () => {
		expect(sizeKey(1.5e9)).toEqual([1e9, 1e8]);
		expect(sizeKey(56)).toEqual([50, 10]);
	});
});

describe('interpolateSpec(a, b)', () => {
	const a = { x0: 2016, emphasis: [1, 0, 1], nested: { r: 2 }, label: 'a', extra: [1, 2] };
	const b = { x0: 2022, emphasis: [0, 1, 0, 1], nested: { r: 10 }, label: 'b', extra: [3] };

	it('walks a spec as d3-interpolate does', () => {
		const ours = interpolateSpec(a, b);
		const theirs = interpolate(a, b);
		for (const t of [0, 0.25, 0.5, 0.8, 1]) expect(ours(t)).toEqual(theirs(t));
	});

	it('ends exactly on the target', () => expect(interpolateSpec(a, b)(1)).toEqual(b));

	it('does not change its inputs', () => {
		const before = structuredClone(a);
		interpolateSpec(a, b)(0.5);
		expect(a).toEqual(before);
	});
});
