/**
 * The `theft-vs-launches` graphic as pure functions: two aligned panels over the same years,
 * dollars stolen above and missiles launched below (no dual axis on one panel).
 *   spec(view, data)               → the numbers that change between steps (tweened);
 *   layout(spec, view, data, size) → every mark in pixels, labels included.
 * `theftVsLaunchesState(view, data, size)` composes the two: the settled picture at a step.
 */
import { max } from 'd3-array';
import type { YearCount } from '../../data/derive/launches.ts';
import type { Spread } from '../../data/derive/spread.ts';
import type { TheftEstimate } from '../../data/types.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { count, usd, usdTick } from '../../lib/format.ts';
import { niceMax, scaleLinear } from '../../lib/scales.ts';
import { wrapText } from '../../lib/place/measure.ts';
import { fitLabel } from '../../lib/text.ts';
import type { Bar as MarkBar, NoteMark, SpreadMark, Tick } from '../../lib/marks.ts';
import type { TheftVsLaunchesView } from './view.ts';

export interface TheftVsLaunchesData {
	/** Every year on the axis, in order (the union of both series). */
	years: readonly number[];
	/** The main yearly theft series, one record per year. */
	theft: readonly TheftEstimate[];
	/** Missiles per year (CNS rule), one entry per year in `years`. */
	launches: readonly YearCount[];
	/** The range across estimators, by year (src/data/derive/spread.ts: years that have one). */
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

export interface Bar extends MarkBar {
	year: number;
}

export interface Panel {
	id: 'theft' | 'launches';
	title: string;
	box: Box;
	opacity: number;
	bars: Bar[];
	yTicks: Tick[];
	xTicks: Tick[];
	/** Years on the axis with no figure in this panel ("n/a" where a bar would be). */
	missing: { year: number; x: number; y: number }[];
}

export type { SpreadMark, Tick };

export interface TheftVsLaunchesLayout {
	size: Size;
	box: Box;
	panels: Panel[];
	spread: { opacity: number; marks: SpreadMark[] };
	note: NoteMark | null;
}

const DIMMED = 0.3;
const PANEL_TITLE = 20;
const AXIS_LABELS = 20;
const FONT = 12;
/** The value labels on the bars are bold (marks/Bars.svelte). */
const LABEL_WEIGHT = 700;
const BOTH_SPLIT = 0.56;

function inRange(year: number, [from, to]: readonly [number, number]): boolean {
	return year >= from && year <= to;
}

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

/**
 * The two panel boxes: dollars on top, missiles below. Between them: the dollar panel's year
 * labels and the missile panel's title. As `launches` goes to 0 the dollar panel takes it all.
 */
function panelBoxes(box: Box, spec: TheftVsLaunchesSpec): [Box, Box] {
	const between = (AXIS_LABELS + PANEL_TITLE) * spec.launches;
	const theftTop = box.top + PANEL_TITLE;
	const plots = Math.max(0, box.height - PANEL_TITLE - between);
	const theftBottom = theftTop + plots * spec.split;
	return [subBox(box, theftTop, theftBottom), subBox(box, theftBottom + between, box.bottom)];
}

function subBox(box: Box, top: number, bottom: number): Box {
	const b = Math.max(top, bottom);
	return { left: box.left, right: box.right, top, bottom: b, width: box.width, height: b - top };
}

function margins(size: Size) {
	return { top: 6, right: 10, bottom: AXIS_LABELS, left: size.width < 420 ? 46 : 54 };
}

export function theftVsLaunchesLayout(
	spec: TheftVsLaunchesSpec,
	view: TheftVsLaunchesView,
	data: TheftVsLaunchesData,
	size: Size
): TheftVsLaunchesLayout {
	const box = innerBox(size, margins(size));
	const x = scaleLinear([spec.x0 - 0.5, spec.x1 + 0.5], [box.left, box.right]);
	const step = x(1) - x(0);
	const bandwidth = Math.max(1, step * 0.72);
	const [theftBox, launchBox] = panelBoxes(box, spec);
	// a year is drawn while any part of its bar is inside the box (the clip path trims the rest)
	const visible = (year: number) =>
		x(year) + bandwidth / 2 > box.left + 0.5 && x(year) - bandwidth / 2 < box.right - 0.5;
	const years = data.years.filter(visible);
	const theft = panel(theftConfig(spec, data), spec, data, { box: theftBox, x, bandwidth, years });
	const launches = panel(launchConfig(spec, data), spec, data, {
		box: launchBox,
		x,
		bandwidth,
		years
	});
	return {
		size,
		box,
		panels: [theft, launches],
		spread: { opacity: spec.spread, marks: spreadMarks(data, theftBox, spec, x, years) },
		note: noteFor(view, theft, launches, box)
	};
}

type YearScale = (year: number) => number;

function xTicks(years: readonly number[], x: YearScale, step: number): Tick[] {
	return years.map(year => ({
		value: year,
		at: x(year),
		label: step < 34 ? `\u2019${String(year).slice(2)}` : String(year)
	}));
}

/** A bar's geometry, with its value label kept inside the frame. */
function bar(
	year: number,
	x: YearScale,
	bandwidth: number,
	y: (v: number) => number,
	value: number,
	box: Box,
	label: string
) {
	const top = Math.min(y(value), box.bottom - (value > 0 ? 1 : 0));
	// inside the box: the panel's clip path would cut anything beyond it
	const fitted = fitLabel(x(year), label, FONT, box.left, box.right, LABEL_WEIGHT);
	return {
		year,
		x: x(year) - bandwidth / 2,
		y: top,
		width: bandwidth,
		height: box.bottom - top,
		label,
		labelX: fitted.x,
		labelAnchor: fitted.anchor
	};
}

/** One year's value in a panel, as the panel draws it. */
interface PanelValue {
	value: number;
	label: string;
	hatched: boolean;
}

/** What makes the two panels differ: their values, scale top, labels and visibility. */
interface PanelConfig {
	id: Panel['id'];
	title: string;
	max: number;
	opacity: number;
	labelled: readonly number[];
	valueOf: (year: number) => PanelValue | null;
	tick: (value: number) => string;
}

function panel(
	config: PanelConfig,
	spec: TheftVsLaunchesSpec,
	data: TheftVsLaunchesData,
	frame: { box: Box; x: YearScale; bandwidth: number; years: readonly number[] }
): Panel {
	const { box, x, bandwidth, years } = frame;
	const y = scaleLinear([0, config.max], [box.bottom, box.top]);
	const index = (year: number) => data.years.indexOf(year);
	const bars: Bar[] = [];
	const missing: Panel['missing'] = [];
	for (const year of years) {
		const v = config.valueOf(year);
		if (!v) {
			missing.push({ year, x: x(year), y: box.bottom - 6 });
			continue;
		}
		bars.push({
			...bar(year, x, bandwidth, y, v.value, box, v.label),
			opacity: DIMMED + (1 - DIMMED) * (spec.emphasis[index(year)] ?? 1),
			hatched: v.hatched,
			labelOpacity: config.labelled[index(year)] ?? 0
		});
	}
	return {
		id: config.id,
		title: config.title,
		box,
		opacity: config.opacity,
		bars,
		yTicks: y
			.ticks(box.height < 120 ? 2 : 4)
			.filter(v => config.id === 'theft' || Number.isInteger(v))
			.map(value => ({ value, at: y(value), label: config.tick(value) })),
		xTicks: xTicks(years, x, x(1) - x(0)),
		missing
	};
}

function theftConfig(spec: TheftVsLaunchesSpec, data: TheftVsLaunchesData): PanelConfig {
	const byYear = new Map(data.theft.map(d => [d.year, d]));
	return {
		id: 'theft',
		title: 'Crypto stolen (Chainalysis)',
		max: spec.theftMax,
		opacity: 1,
		labelled: spec.theftLabel,
		tick: usdTick,
		valueOf: year => {
			const d = byYear.get(year);
			return d
				? {
						value: d.usd,
						label: `${d.approximate ? '\u2248' : ''}${usd(d.usd)}`,
						hatched: d.approximate
					}
				: null;
		}
	};
}

function launchConfig(spec: TheftVsLaunchesSpec, data: TheftVsLaunchesData): PanelConfig {
	const byYear = new Map(data.launches.map(d => [d.year, d]));
	return {
		id: 'launches',
		title: 'Missiles launched (CNS count)',
		max: spec.launchMax,
		opacity: spec.launches,
		labelled: spec.launchLabel,
		tick: count,
		valueOf: year => {
			const d = byYear.get(year);
			const partial = year === data.partialYear ? ' so far' : '';
			return d
				? { value: d.missiles, label: `${count(d.missiles)}${partial}`, hatched: d.preliminary > 0 }
				: null;
		}
	};
}

function spreadMarks(
	data: TheftVsLaunchesData,
	box: Box,
	spec: TheftVsLaunchesSpec,
	x: YearScale,
	years: readonly number[]
): SpreadMark[] {
	const y = scaleLinear([0, spec.theftMax], [box.bottom, box.top]);
	return years.flatMap(year => {
		const spread = data.spreads.get(year);
		if (!spread) return [];
		return [
			{
				year,
				x: x(year),
				yLow: y(spread.low),
				yHigh: y(spread.high),
				dots: spread.points.map(p => ({ estimator: p.estimator, y: y(p.usd) }))
			}
		];
	});
}

/** Places the step's annotation beside its bar, on the side with more room. */
function noteFor(
	view: TheftVsLaunchesView,
	theft: Panel,
	launches: Panel,
	box: Box
): NoteMark | null {
	if (!view.note) return null;
	const year = view.noteyear?.[0] ?? view.highlight?.[0];
	const panel =
		(view.notepanel ?? (view.show === 'theft' ? 'theft' : 'launches')) === 'theft'
			? theft
			: launches;
	const target = panel.bars.find(b => b.year === year);
	if (!target) return null;
	const centre = target.x + target.width / 2;
	const right = centre < (box.left + box.right) / 2;
	const room = right ? box.right - centre : centre - box.left;
	const lines = wrapText(view.note, Math.min(room - 12, 240), FONT);
	const textX = right ? centre + target.width / 2 + 6 : centre - target.width / 2 - 6;
	const y = panel.box.top + FONT;
	return {
		lines,
		x: textX,
		y,
		anchor: right ? 'start' : 'end',
		leader: {
			x1: textX + (right ? -3 : 3),
			y1: y - FONT / 2,
			x2: centre,
			y2: Math.max(target.y - 4, y)
		}
	};
}

/** The settled picture at a step. */
export function theftVsLaunchesState(
	view: TheftVsLaunchesView,
	data: TheftVsLaunchesData,
	size: Size
): TheftVsLaunchesLayout {
	return theftVsLaunchesLayout(theftVsLaunchesSpec(view, data), view, data, size);
}
