/**
 * The scales the graphics use: linear (axes) and square-root (circle radius, so area follows the
 * value), with d3-array's ticks and nice bounds. Written here rather than taken from d3-scale,
 * whose continuous scales bring d3-interpolate and d3-color's named-colour tables into every
 * graphic's code for colours we never interpolate; the maths is d3-scale's. Pure; every call
 * returns a new scale, so a tweened domain can rebuild its scale on each frame.
 */
import { nice, ticks } from 'd3-array';

export interface LinearScale {
	(value: number): number;
	/** Round values across the domain, about `count` of them (d3-array's ticks). */
	ticks(count?: number): number[];
}

/** Maps [0, 1] onto the range the way d3-interpolate's interpolateNumber does. */
function lerp(r0: number, r1: number, t: number): number {
	return r0 * (1 - t) + r1 * t;
}

/** Where `value` sits in the domain, 0 to 1 (not clamped); the middle for an empty domain. */
function normalize(d0: number, d1: number, value: number): number {
	return d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
}

/** A linear scale from `domain` to `range`, as d3-scale's scaleLinear (unclamped). */
export function scaleLinear(
	domain: readonly [number, number],
	range: readonly [number, number]
): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const scale = ((value: number) => lerp(r0, r1, normalize(d0, d1, value))) as LinearScale;
	scale.ticks = (count = 10) => ticks(Math.min(d0, d1), Math.max(d0, d1), count);
	return scale;
}

/** A square-root scale, as d3-scale's scaleSqrt: equal steps of area for equal steps of value. */
export function scaleSqrt(
	domain: readonly [number, number],
	range: readonly [number, number]
): (value: number) => number {
	const root = (v: number) => (v < 0 ? -Math.sqrt(-v) : Math.sqrt(v));
	const [d0, d1] = [root(domain[0]), root(domain[1])];
	const [r0, r1] = range;
	return value => lerp(r0, r1, normalize(d0, d1, root(value)));
}

/** The top of a value axis: the data's maximum, rounded up to a tick a reader can name. */
export function niceMax(max: number, tickCount = 4): number {
	return nice(0, max > 0 ? max : 1, tickCount)[1];
}

/**
 * Reference values for a size legend, derived from the data so the legend follows it: the
 * largest value's order of magnitude and a tenth of it (for $1.5bn: $1bn and $100M), or five times
 * that order and the order itself when the largest is well above it (for 56: 50 and 10).
 */
export function sizeKey(max: number): [number, number] {
	const big = 10 ** Math.floor(Math.log10(Math.max(max, 1)));
	return max >= 5 * big ? [5 * big, big] : [big, big / 10];
}
