/**
 * The `theft-vs-launches` graphic as pure functions: two aligned panels over the same years,
 * dollars stolen above and missiles launched below (no dual axis on one panel).
 *   spec(view, data)               → the numbers that change between steps (tweened);
 *   layout(spec, view, data, size) → every mark in pixels, labels included.
 * `theftVsLaunchesState(view, data, size)` composes the two: the settled picture at a step.
 */
import { max } from 'd3-array';
import type { YearCount } from '../../data/derive/launches.ts';
import type { EstimatorPoint } from '../../data/derive/theft.ts';
import type { TheftEstimate } from '../../data/types.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { count, usd, usdTick } from '../../lib/format.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { placeBarLabels } from '../../lib/place/bar-labels.ts';
import { fitLabel } from '../../lib/place/fit.ts';
import { noteBeside } from '../../lib/place/note.ts';
import { textRect, type Rect } from '../../lib/place/rect.ts';
import { niceMax, scaleLinear } from '../../lib/scales.ts';
import { inYears } from '../../lib/years.ts';
import type { Bar as MarkBar, NoteMark, SpreadMark, Tick } from '../../lib/marks.ts';
import type { TheftVsLaunchesView } from './view.ts';

export interface TheftVsLaunchesData {
	/** Every year on the axis, in order (the union of both series). */
	years: readonly number[];
	/** The main yearly theft series, one record per year. */
	theft: readonly TheftEstimate[];
	/** Missiles per year (CNS rule), one entry per year in `years`. */
	launches: readonly YearCount[];
	/** Every estimator's latest figure, by year, for the spread marks. */
	estimators: ReadonlyMap<number, readonly EstimatorPoint[]>;
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
	/** The title's baseline start, above the panel, over the axis labels. */
	titleX: number;
	titleY: number;
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

const PANEL_TITLE = 20;
const AXIS_LABELS = 20;
const FONT = 12;
const TITLE_FONT = 13;
/** A panel's title starts this far left of the bars, over the axis labels. */
const TITLE_INDENT = 40;
/** Value labels and titles are bold. */
const BOLD = 700;
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
		? [...data.estimators]
				.filter(([year]) => inRange(year, range))
				.flatMap(([, pts]) => pts.map(p => p.usdHigh ?? p.usd))
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
	const spread = { opacity: spec.spread, marks: spreadMarks(data, theftBox, spec, x, years) };
	const shown = [theft, ...(spec.launches > 0 ? [launches] : [])];
	return {
		size,
		box,
		panels: [theft, launches],
		spread,
		note: noteFor(view, theft, launches, box, [
			...shown.flatMap(panelRects),
			...spreadRects(spread)
		])
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
	const fitted = fitLabel(x(year), label, FONT, box.left, box.right, BOLD);
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
			opacity: emphasised(spec.emphasis[index(year)] ?? 1),
			hatched: v.hatched,
			labelOpacity: config.labelled[index(year)] ?? 0
		});
	}
	return {
		id: config.id,
		title: config.title,
		titleX: box.left - TITLE_INDENT,
		titleY: box.top - 8,
		box,
		opacity: config.opacity,
		bars: placeBarLabels(bars, [titleRect(config.title, box)], labelFrame(box), FONT),
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
		const points = data.estimators.get(year) ?? [];
		if (points.length < 2) return [];
		const values = points.flatMap(p => (p.usdHigh === undefined ? [p.usd] : [p.usd, p.usdHigh]));
		return [
			{
				year,
				x: x(year),
				yLow: y(Math.min(...values)),
				yHigh: y(Math.max(...values)),
				dots: points.map(p => ({ estimator: p.estimator, y: y(p.usd) }))
			}
		];
	});
}

/** Where a panel's value labels may go: over its bars and up into its title's row. */
const labelFrame = (box: Box): Box => ({
	...box,
	top: box.top - PANEL_TITLE,
	height: box.height + PANEL_TITLE
});

const titleRect = (title: string, box: Box): Rect =>
	textRect([title], box.left - TITLE_INDENT, box.top - 8, 'start', TITLE_FONT, BOLD);

/** What a panel draws that a note must keep clear of: its title, bars and value labels. */
export function panelRects(panel: Panel): Rect[] {
	const title = titleRect(panel.title, panel.box);
	const bars = panel.bars.map(b => ({ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }));
	const labels = panel.bars
		.filter(b => b.labelOpacity > 0.01)
		.map(b =>
			textRect([b.label], b.labelX ?? 0, b.labelY ?? b.y - 5, b.labelAnchor ?? 'middle', FONT, BOLD)
		);
	return [title, ...bars, ...labels];
}

/** The estimators' spread, when shown: a line and dots (radius 3) per year. */
export function spreadRects(spread: TheftVsLaunchesLayout['spread']): Rect[] {
	if (spread.opacity <= 0.01) return [];
	return spread.marks.map(m => ({ x0: m.x - 3, y0: m.yHigh - 3, x1: m.x + 3, y1: m.yLow + 3 }));
}

/** Places the step's annotation beside its bar, near the top of its panel, clear of every mark. */
function noteFor(
	view: TheftVsLaunchesView,
	theft: Panel,
	launches: Panel,
	box: Box,
	taken: readonly Rect[]
): NoteMark | null {
	if (!view.note) return null;
	const year = view.noteyear?.[0] ?? view.highlight?.[0];
	const panel =
		(view.notepanel ?? (view.show === 'theft' ? 'theft' : 'launches')) === 'theft'
			? theft
			: launches;
	const target = panel.bars.find(b => b.year === year);
	if (!target) return null;
	const rect = { x0: target.x, y0: target.y, x1: target.x + target.width, y1: box.bottom };
	const style = { maxWidth: 240, fontSize: FONT, gap: 6, y: panel.box.top + FONT, leader: true };
	return noteBeside(view.note, rect, box, taken, style);
}

/** The settled picture at a step. */
export function theftVsLaunchesState(
	view: TheftVsLaunchesView,
	data: TheftVsLaunchesData,
	size: Size
): TheftVsLaunchesLayout {
	return theftVsLaunchesLayout(theftVsLaunchesSpec(view, data), view, data, size);
}
