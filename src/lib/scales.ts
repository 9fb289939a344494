/**
 * The scales the graphics share, built from explicit domains and a box. Pure; every call returns a
 * new scale, so a tweened domain can rebuild its scale on each frame.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import type { Box } from './box.ts';

/** Years as evenly spaced bands across the box, oldest on the left. */
export function yearBandScale(
	years: readonly number[],
	box: Box,
	padding = 0.22
): ScaleBand<number> {
	return scaleBand<number>()
		.domain(years)
		.range([box.left, box.right])
		.paddingInner(padding)
		.paddingOuter(padding / 2);
}

/** A value axis from zero up to `max`, zero at the bottom of the box. */
export function valueScale(max: number, box: Box): ScaleLinear<number, number> {
	return scaleLinear()
		.domain([0, max > 0 ? max : 1])
		.range([box.bottom, box.top]);
}

/** The top of a value axis: the data's maximum, rounded up to a tick a reader can name. */
export function niceMax(max: number, tickCount = 4): number {
	const domain = scaleLinear()
		.domain([0, max > 0 ? max : 1])
		.nice(tickCount)
		.domain();
	return domain[1] as number;
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
