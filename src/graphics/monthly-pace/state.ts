/**
 * The `monthly-pace` graphic as pure functions: missiles per month as bars, the large thefts as
 * circles (area ∝ dollars) in a lane above, on one UTC time axis that zooms between steps.
 *   spec(view, data)               → the tweened numbers (the axis domain in ms, emphasis);
 *   layout(spec, view, data, size) → every mark in pixels.
 */
import { max } from 'd3-array';
import { utcMonth, utcYear } from 'd3-time';
import type { MonthCount } from '../../data/derive/launches.ts';
import type { Bar, Bubble, NoteMark, Tick } from '../../lib/marks.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { count, usd } from '../../lib/format.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { placeBarLabels } from '../../lib/place/bar-labels.ts';
import { dodge } from '../../lib/place/dodge.ts';
import { placeLabels, type Leader } from '../../lib/place/labels.ts';
import { textWidth, wrapText } from '../../lib/place/measure.ts';
import { noteBeside } from '../../lib/place/note.ts';
import { circleRect, textRect, type Rect } from '../../lib/place/rect.ts';
import { niceMax, scaleLinear, scaleSqrt } from '../../lib/scales.ts';
import type { MonthlyPaceView } from './view.ts';

export interface Heist {
	id: string;
	platform: string;
	/** ISO day, UTC (mid-month for thefts known only to the month). */
	date: string;
	usd: number;
	disputed: boolean;
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

/** A bar for one month (UTC). */
export interface MonthBar extends Bar {
	month: string;
}

export interface BubbleLabel {
	id: string;
	lines: string[];
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	opacity: number;
	/** A line to the circle, when the label had to go farther than beside it. */
	leader?: Leader;
}

export interface MonthlyPaceLayout {
	size: Size;
	box: Box;
	/** The bars' part of the box (below the thefts' lane). */
	plot: Box;
	lane: Box;
	bars: MonthBar[];
	yTicks: Tick[];
	xTicks: Tick[];
	bubbles: Bubble[];
	labels: BubbleLabel[];
	/** The lane's and the bars' titles, at their baselines. */
	titles: Record<'lane' | 'plot', { x: number; y: number; text: string }>;
	/** Year boundaries (Jan. 1), drawn as faint lines so the mid-year labels read correctly. */
	boundaries: number[];
	window: { x: number; width: number; opacity: number; lines: string[] };
	note: NoteMark | null;
}

const FONT = 12;
/** Titles and value labels are bold. */
const BOLD = 700;
/** Theft labels are drawn as labels: semibold. */
const LABEL_WEIGHT = 600;
const DAY = 86_400_000;
/** Room for the lane's title above the circles. */
const LANE_TITLE = 18;
const TITLE_FONT = 13;
const LANE_TITLE_TEXT = 'Thefts, sized by dollars';
const PLOT_TITLE_TEXT = 'Missiles launched per month';

/** The box a title (baseline at y) takes, so labels keep clear of it. */
function titleRect(x: number, y: number, text: string): Rect {
	return textRect([text], x, y, 'start', TITLE_FONT, BOLD);
}

const ms = (iso: string) => Date.parse(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

function monthEnd(month: string): number {
	return utcMonth.offset(new Date(ms(month)), 1).getTime() - 1;
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

function margins(size: Size) {
	return { top: 4, right: 12, bottom: 22, left: size.width < 420 ? 30 : 36 };
}

/** The thefts' lane on top (its title, then the circles) and the bars below. */
function split(box: Box, rMax: number): { lane: Box; plot: Box } {
	const laneHeight = Math.min(box.height * 0.42, rMax * 2 + LANE_TITLE + 8);
	const gap = 22; // room for the bars' title between the lane and the bars
	return {
		lane: { ...box, bottom: box.top + laneHeight, height: laneHeight },
		plot: { ...box, top: box.top + laneHeight + gap, height: box.height - laneHeight - gap }
	};
}

function xTicks(x: (t: number) => number, spec: MonthlyPaceSpec, box: Box) {
	const spanMonths = (spec.x1 - spec.x0) / (30.44 * DAY);
	const byYear = spanMonths > 20;
	const every = byYear ? 1 : Math.ceil(spanMonths / Math.max(2, Math.floor(box.width / 52)));
	const interval = byYear ? utcYear : utcMonth.every(every);
	const ticks = interval ? interval.range(new Date(spec.x0), new Date(spec.x1 + 1)) : [];
	const short = [
		'Jan',
		'Feb',
		'Mar',
		'Apr',
		'May',
		'Jun',
		'Jul',
		'Aug',
		'Sep',
		'Oct',
		'Nov',
		'Dec'
	];
	return ticks.map(d => {
		const month = d.getUTCMonth();
		const text = byYear || month === 0 ? String(d.getUTCFullYear()) : (short[month] as string);
		// a year's label sits mid-year, a month's mid-month
		const middle = byYear
			? (d.getTime() + utcYear.offset(d, 1).getTime()) / 2
			: d.getTime() + 15 * DAY;
		const at = Math.min(Math.max(x(Math.min(middle, spec.x1)), box.left + 14), box.right - 14);
		return { value: d.getTime(), at, label: text };
	});
}

export function monthlyPaceLayout(
	spec: MonthlyPaceSpec,
	view: MonthlyPaceView,
	data: MonthlyPaceData,
	size: Size
): MonthlyPaceLayout {
	const box = innerBox(size, margins(size));
	const rMax = Math.max(10, Math.min(box.width / 16, box.height * 0.14, 48));
	const { lane, plot } = split(box, rMax);
	// time as UTC milliseconds on a linear scale; the ticks come from d3-time's intervals (xTicks)
	const x = scaleLinear([spec.x0, spec.x1], [box.left, box.right]);
	const y = scaleLinear([0, spec.yMax], [plot.bottom, plot.top]);
	const radius = scaleSqrt([0, max(data.heists, h => h.usd) ?? 1], [0, rMax]);
	const titles = [
		titleRect(box.left, lane.top + 12, LANE_TITLE_TEXT),
		titleRect(box.left, plot.top - 4, PLOT_TITLE_TEXT)
	];
	const bars = placeBarLabels(monthBars(spec, data, x, y, plot), titles, box, FONT);
	const bubbles = dodge(
		data.heists.map((h, i) => ({
			id: h.id,
			cx: x(ms(h.date)),
			cy: lane.top + LANE_TITLE + (lane.height - LANE_TITLE) / 2,
			r: Math.max(2, radius(h.usd)),
			opacity: emphasised(spec.heistEmphasis[i] ?? 1),
			disputed: h.disputed
		})),
		lane.top + LANE_TITLE,
		lane.bottom
	).filter(b => b.cx + b.r >= box.left && b.cx - b.r <= box.right);
	const labels = bubbleLabels(spec, data, bubbles, box, [...titles, ...bars.flatMap(barRects)]);
	const taken = [...titles, ...bars.flatMap(barRects), ...labels.map(labelRect)];
	return {
		size,
		box,
		plot,
		lane,
		bars,
		yTicks: y
			.ticks(3)
			.filter(Number.isInteger)
			.map(value => ({ value, at: y(value), label: count(value) })),
		xTicks: xTicks(x, spec, box),
		bubbles,
		titles: {
			lane: { x: box.left, y: lane.top + 12, text: LANE_TITLE_TEXT },
			plot: { x: box.left, y: plot.top - 4, text: PLOT_TITLE_TEXT }
		},
		labels,
		boundaries: utcYear.range(new Date(spec.x0), new Date(spec.x1)).map(d => x(d.getTime())),
		window: windowShade(spec, view, x, box),
		note: monthNote(view, bars, plot, [...taken, ...bubbles.map(b => circleRect(b.cx, b.cy, b.r))])
	};
}

function monthBars(
	spec: MonthlyPaceSpec,
	data: MonthlyPaceData,
	x: (t: number) => number,
	y: (v: number) => number,
	plot: Box
): MonthBar[] {
	return data.months.flatMap((m, i): MonthBar[] => {
		const left = x(ms(m.month));
		const right = x(monthEnd(m.month));
		if (right < plot.left || left > plot.right) return [];
		const width = Math.max(1, (right - left) * 0.8);
		const top = Math.min(y(m.missiles), plot.bottom - (m.missiles > 0 ? 1 : 0));
		return [
			{
				month: m.month,
				x: left + (right - left) * 0.1,
				y: top,
				width,
				height: plot.bottom - top,
				opacity: emphasised(spec.emphasis[i] ?? 1),
				hatched: m.preliminary > 0,
				label: count(m.missiles),
				labelOpacity: spec.labelled[i] ?? 0
			}
		];
	});
}

/**
 * Labels for the thefts a step picks out and, as a key to the circle sizes, for the largest ones
 * in view (fewer on a narrow screen). Placed so they don't collide.
 */
function bubbleLabels(
	spec: MonthlyPaceSpec,
	data: MonthlyPaceData,
	bubbles: Bubble[],
	box: Box,
	titles: readonly Rect[]
): BubbleLabel[] {
	const inView = new Set(bubbles.map(b => b.id));
	const picked = data.heists.filter(
		(h, i) => (spec.heistLabelled[i] ?? 0) > 0.01 && inView.has(h.id)
	);
	const largest = [...data.heists]
		.filter(h => inView.has(h.id) && !picked.includes(h))
		.sort((a, b) => b.usd - a.usd)
		.slice(0, box.width < 420 ? 1 : 2);
	const requests = [...picked, ...largest].flatMap(h => {
		const b = bubbles.find(bb => bb.id === h.id);
		if (!b) return [];
		// the platform's first word keeps labels short: "Ronin $620M", "Harmony $100M"
		const text = `${h.platform.split(/[ (]/)[0]} ${usd(h.usd)}`;
		return [
			{
				id: h.id,
				x: b.cx,
				y: b.cy,
				r: b.r,
				width: textWidth(text, FONT, LABEL_WEIGHT) + 4,
				height: FONT + 4,
				text
			}
		];
	});
	const placed = placeLabels(
		requests,
		box,
		bubbles.map(b => ({ x: b.cx, y: b.cy, r: b.r })),
		titles
	);
	return placed.map(p => {
		const index = data.heists.findIndex(h => h.id === p.id);
		const emphasis = spec.heistEmphasis[index] ?? 1;
		return {
			id: p.id,
			lines: [requests.find(r => r.id === p.id)?.text ?? ''],
			x: p.x,
			y: p.y,
			anchor: p.anchor,
			...(p.leader ? { leader: p.leader } : {}),
			opacity: Math.max(spec.heistLabelled[index] ?? 0, emphasised(emphasis))
		};
	});
}

function windowShade(
	spec: MonthlyPaceSpec,
	view: MonthlyPaceView,
	x: (t: number) => number,
	box: Box
) {
	const left = Math.max(box.left, x(spec.w0));
	const right = Math.min(box.right, x(spec.w1));
	const width = Math.max(0, right - left);
	return {
		x: left,
		width,
		opacity: spec.window,
		lines: view.windowlabel ? wrapText(view.windowlabel, Math.max(width - 8, 90), FONT) : []
	};
}

/** What a bar draws: the bar and, when shown, its value label (bold, 5 px above it). */
export function barRects(b: Bar): Rect[] {
	// a month without launches draws no bar
	const bar = b.height > 0.5 ? [{ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }] : [];
	if (b.labelOpacity <= 0.01) return bar;
	const x = b.labelX ?? b.x + b.width / 2;
	return [
		...bar,
		textRect([b.label], x, b.labelY ?? b.y - 5, b.labelAnchor ?? 'middle', FONT, BOLD)
	];
}

const labelRect = (l: BubbleLabel): Rect =>
	textRect(l.lines, l.x, l.y, l.anchor, FONT, LABEL_WEIGHT);

/** The step's note beside its month's bar, near the top of the bars, clear of every mark. */
function monthNote(
	view: MonthlyPaceView,
	bars: MonthBar[],
	plot: Box,
	taken: readonly Rect[]
): MonthlyPaceLayout['note'] {
	if (!view.note) return null;
	const target = bars.find(b => b.month === view.highlight?.[0]) ?? bars[0];
	if (!target) return null;
	const rect = { x0: target.x, y0: target.y, x1: target.x + target.width, y1: plot.bottom };
	const style = { maxWidth: 230, fontSize: FONT, gap: 8, y: plot.top + FONT + 2 };
	return noteBeside(view.note, rect, plot, taken, style);
}

/** The settled picture at a step. */
export function monthlyPaceState(
	view: MonthlyPaceView,
	data: MonthlyPaceData,
	size: Size
): MonthlyPaceLayout {
	return monthlyPaceLayout(monthlyPaceSpec(view, data), view, data, size);
}
