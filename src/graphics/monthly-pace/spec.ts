/**
 * The `monthly-pace` graphic's spec: the tweened numbers of a step (the axis domain in UTC ms,
 * the bars' top, who is picked and labelled, the shaded window). Size-independent.
 */
import { max } from 'd3-array';
import { utcMonth } from 'd3-time';
import type { MonthCount } from '../../data/derive/launches.ts';
import { niceMax } from '../../lib/scales.ts';
import type { MonthlyPaceView } from './view.ts';

export interface Heist {
	id: string;
	platform: string;
	/** ISO day, UTC (mid-month for thefts known only to the month). */
	date: string;
	usd: number;
	disputed: boolean;
	/** Reported, not confirmed: drawn dashed, never counted. */
	reported: boolean;
}

export interface MonthlyPaceData {
	/** Missiles per month, continuous. */
	months: readonly MonthCount[];
	heists: readonly Heist[];
	/** Thefts known only to the year: not placed on the axis, named in the Note. */
	unplaced: readonly string[];
}

export interface MonthlyPaceSpec {
	/** The axis domain, UTC milliseconds. */
	x0: number;
	x1: number;
	yMax: number;
	emphasis: number[];
	labelled: number[];
	heistEmphasis: number[];
	heistLabelled: number[];
	/** Shaded window, UTC ms, and its visibility. */
	w0: number;
	w1: number;
	window: number;
}

export const DAY = 86_400_000;

// The layout turns every month and theft date into a time on each frame of a transition: each
// string is parsed once per page (the dates are the data's, a few hundred at most).
const parsed = new Map<string, number>();
const ends = new Map<string, number>();

export function ms(iso: string): number {
	let time = parsed.get(iso);
	if (time === undefined) {
		time = Date.parse(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
		parsed.set(iso, time);
	}
	return time;
}

export function monthEnd(month: string): number {
	let time = ends.get(month);
	if (time === undefined) {
		time = utcMonth.offset(new Date(ms(month)), 1).getTime() - 1;
		ends.set(month, time);
	}
	return time;
}

export function monthlyPaceSpec(view: MonthlyPaceView, data: MonthlyPaceData): MonthlyPaceSpec {
	const first = data.months[0]?.month ?? '2021-01';
	const last = data.months.at(-1)?.month ?? first;
	const from = view.from ?? first;
	const to = view.to ?? last;
	const visible = data.months.filter(m => m.month >= from && m.month <= to);
	const months = new Set(view.highlight ?? []);
	const heists = new Set(view.heists ?? []);
	const any = months.size > 0 || heists.size > 0;
	const x0 = ms(from);
	const x1 = monthEnd(to);
	return {
		x0,
		x1,
		yMax: niceMax(Math.max(max(visible, m => m.missiles) ?? 0, 5), 3),
		emphasis: data.months.map(m => (!any || months.has(m.month) ? 1 : 0)),
		labelled: data.months.map(m => (months.has(m.month) ? 1 : 0)),
		heistEmphasis: data.heists.map(h => (!any || heists.has(h.id) ? 1 : 0)),
		heistLabelled: data.heists.map(h => (heists.has(h.id) ? 1 : 0)),
		w0: view.window ? ms(view.window[0]) : x0,
		w1: view.window ? ms(view.window[1]) + DAY : x1,
		window: view.window ? 1 : 0
	};
}
