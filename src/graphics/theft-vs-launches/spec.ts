/**
 * The `theft-vs-launches` graphic's spec: the numbers that change between steps (the years on the
 * axis, the panels' tops and split, who is picked and labelled, the spread). Size-independent.
 */
import { max } from 'd3-array';
import type { YearCount } from '../../data/derive/launches.ts';
import type { Spread } from '../../data/derive/spread.ts';
import type { TheftEstimate } from '../../data/types.ts';
import { niceMax } from '../../lib/scales.ts';
import { inYears } from '../../data/derive/years.ts';
import type { TheftVsLaunchesView } from './view.ts';

export interface TheftVsLaunchesData {
	/** Every year on the axis, in order (the union of both series). */
	years: readonly number[];
	/** The main yearly theft series, one record per year. */
	theft: readonly TheftEstimate[];
	/** Missiles per year (CNS rule), one entry per year in `years`. */
	launches: readonly YearCount[];
	/** Every estimator's latest figure, by year, for the spread marks. */
	spreads: ReadonlyMap<number, Spread>;
	/** The last year with launch records, if it is not complete (the data end before Dec. 31). */
	partialYear: number | null;
}

/** The tweenable part of the picture: plain numbers, arrays one entry per year in `data.years`. */
export interface TheftVsLaunchesSpec {
	/** First and last year on the axis. */
	x0: number;
	x1: number;
	theftMax: number;
	launchMax: number;
	/** Share of the height given to the dollar panel: 1 when it is alone. */
	split: number;
	/** 0 to 1: how visible the missile panel is. */
	launches: number;
	emphasis: number[];
	theftLabel: number[];
	launchLabel: number[];
	/** 0 to 1: how visible the estimators' spread is. */
	spread: number;
}

const BOTH_SPLIT = 0.56;

const inRange = inYears;

/** The years shown by default: those with a theft figure. */
function defaultYears(data: TheftVsLaunchesData): [number, number] {
	const years = data.theft.map(d => d.year);
	return [Math.min(...years), Math.max(...years)];
}

export function theftVsLaunchesSpec(
	view: TheftVsLaunchesView,
	data: TheftVsLaunchesData
): TheftVsLaunchesSpec {
	const range = view.years ?? defaultYears(data);
	const both = view.show !== 'theft';
	const picked = new Set(view.highlight ?? []);
	const visibleTheft = data.theft.filter(d => inRange(d.year, range));
	const spreadHighs = view.spread
		? [...data.spreads.values()].filter(s => inRange(s.year, range)).map(s => s.high)
		: [];
	const theftMax = Math.max(max(visibleTheft, d => d.usd) ?? 0, ...spreadHighs);
	const launchMax =
		max(
			data.launches.filter(d => inRange(d.year, range)),
			d => d.missiles
		) ?? 0;
	return {
		x0: range[0],
		x1: range[1],
		theftMax: niceMax(theftMax),
		launchMax: niceMax(Math.max(launchMax, 10)),
		split: both ? BOTH_SPLIT : 1,
		launches: both ? 1 : 0,
		emphasis: data.years.map(y => (picked.size === 0 || picked.has(y) ? 1 : 0)),
		theftLabel: data.years.map(y => (picked.has(y) ? 1 : 0)),
		launchLabel: data.years.map(y => (picked.has(y) && both ? 1 : 0)),
		spread: view.spread ? 1 : 0
	};
}
