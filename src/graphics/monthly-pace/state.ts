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
import { placeLabels, type Rect } from '../../lib/labels.ts';
import { niceMax, scaleLinear, scaleSqrt } from '../../lib/scales.ts';
import { textWidth, wrapText } from '../../lib/place/measure.ts';
import { monthTicks } from '../../lib/time-ticks.ts';
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

const DIMMED = 0.35;
const FONT = 12;
/** Labels are semibold (marks/Annotation.svelte, tone "label"); titles bold. */
const LABEL_WEIGHT = 600;
const TITLE_WEIGHT = 700;
const DAY = 86_400_000;
/** Room for the lane's title above the circles. */
const LANE_TITLE = 18;
const TITLE_FONT = 13;
const LANE_TITLE_TEXT = 'Thefts, sized by dollars';
const PLOT_TITLE_TEXT = 'Missiles launched per month';

/** The box a title (baseline at y) takes, so labels keep clear of it. */
function titleRect(x: number, y: number, text: string): Rect {
	return {
		x0: x,
		y0: y - TITLE_FONT,
		x1: x + textWidth(text, TITLE_FONT, TITLE_WEIGHT) + 2,
		y1: y + 3
	};
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

function xTicks(x: (t: number) => number, spec: MonthlyPaceSpec, box: Box): Tick[] {
	return monthTicks(spec.x0, spec.x1, box.width).map(t => {
		const at = Math.min(Math.max(x(Math.min(t.middle, spec.x1)), box.left + 14), box.right - 14);
		return { value: t.value, at, label: t.label };
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
	const bars = monthBars(spec, data, x, y, plot);
	const bubbles = dodge(
		data.heists.map((h, i) => ({
			id: h.id,
			cx: x(ms(h.date)),
			cy: lane.top + LANE_TITLE + (lane.height - LANE_TITLE) / 2,
			r: Math.max(2, radius(h.usd)),
			opacity: DIMMED + (1 - DIMMED) * (spec.heistEmphasis[i] ?? 1),
			disputed: h.disputed
		})),
		lane
	).filter(b => b.cx + b.r >= box.left && b.cx - b.r <= box.right);
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
		labels: bubbleLabels(spec, data, bubbles, box, [
			titleRect(box.left, lane.top + 12, LANE_TITLE_TEXT),
			titleRect(box.left, plot.top - 4, PLOT_TITLE_TEXT)
		]),
		boundaries: utcYear.range(new Date(spec.x0), new Date(spec.x1)).map(d => x(d.getTime())),
		window: windowShade(spec, view, x, box),
		note: monthNote(view, bars, plot)
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
				opacity: DIMMED + (1 - DIMMED) * (spec.emphasis[i] ?? 1),
				hatched: m.preliminary > 0,
				label: count(m.missiles),
				labelOpacity: spec.labelled[i] ?? 0
			}
		];
	});
}

/**
 * Moves circles up or down the lane until they don't overlap the ones already placed; the largest
 * are placed first, on the lane's centre line. Deterministic (no simulation, no randomness).
 */
function dodge(bubbles: Bubble[], lane: Box): Bubble[] {
	const placed: Bubble[] = [];
	const top = lane.top + LANE_TITLE;
	const centre = top + (lane.bottom - top) / 2;
	const clear = (b: Bubble, cy: number) =>
		!placed.some(p => Math.hypot(p.cx - b.cx, p.cy - cy) < p.r + b.r + 1);
	for (const b of [...bubbles].sort((a, c) => c.r - a.r || a.cx - c.cx)) {
		const room = Math.max(0, (lane.bottom - top) / 2 - b.r);
		let cy = centre;
		for (let offset = 0; offset <= room; offset += 2) {
			if (clear(b, centre - offset)) {
				cy = centre - offset;
				break;
			}
			if (clear(b, centre + offset)) {
				cy = centre + offset;
				break;
			}
		}
		placed.push({ ...b, cy });
	}
	return bubbles.map(b => placed.find(p => p.id === b.id) as Bubble);
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
			opacity: Math.max(spec.heistLabelled[index] ?? 0, emphasis > 0.5 ? 1 : 0.6)
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

function monthNote(view: MonthlyPaceView, bars: MonthBar[], plot: Box): MonthlyPaceLayout['note'] {
	if (!view.note) return null;
	const target = bars.find(b => b.month === view.highlight?.[0]) ?? bars[0];
	if (!target) return null;
	const centre = target.x + target.width / 2;
	const right = centre < (plot.left + plot.right) / 2;
	const room = right ? plot.right - centre : centre - plot.left;
	return {
		lines: wrapText(view.note, Math.min(room - 16, 230), FONT),
		x: right ? centre + target.width / 2 + 8 : centre - target.width / 2 - 8,
		y: plot.top + FONT + 2,
		anchor: right ? 'start' : 'end'
	};
}

/** The settled picture at a step. */
export function monthlyPaceState(
	view: MonthlyPaceView,
	data: MonthlyPaceData,
	size: Size
): MonthlyPaceLayout {
	return monthlyPaceLayout(monthlyPaceSpec(view, data), view, data, size);
}
