/**
 * The `theft-launch-scatter` graphic's spec: what a step shows, as the numbers that tween
 * between steps (axis tops, who is picked, how much of the line is drawn). Size-independent.
 */
import { max } from 'd3-array';
import type { YearPair } from '../../data/derive/pairs.ts';
import { niceMax } from '../../lib/scales.ts';
import type { YearsCorrelation } from '../../data/derive/correlation.ts';
import type { TheftLaunchScatterView } from './view.ts';

export interface TheftLaunchScatterData {
	pairs: readonly YearPair[];
	/** Over every paired year, and over the years without preliminary launch records. */
	all: YearsCorrelation;
	final: YearsCorrelation;
}

export interface TheftLaunchScatterSpec {
	xMax: number;
	yMax: number;
	emphasis: number[];
	/** 0 to 1: how much of the line joining the years is drawn. */
	path: number;
	stat: number;
}

export function theftLaunchScatterSpec(
	view: TheftLaunchScatterView,
	data: TheftLaunchScatterData
): TheftLaunchScatterSpec {
	const picked = new Set(view.highlight ?? []);
	return {
		xMax: niceMax(max(data.pairs, p => p.missiles) ?? 1),
		yMax: niceMax(max(data.pairs, p => p.usd) ?? 1),
		emphasis: data.pairs.map(p => (picked.size === 0 || picked.has(p.year) ? 1 : 0)),
		path: view.connect === false ? 0 : 1,
		stat: view.stat ? 1 : 0
	};
}
