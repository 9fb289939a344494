/**
 * The `monthly-pace` graphic's layout: missiles per month as bars, the large thefts as circles
 * (area ∝ dollars) in a lane above, on one UTC time axis, all in pixels for a size.
 */
import { max } from 'd3-array';
import { utcYear } from 'd3-time';
import type { Bubble, NoteMark, Tick } from '../../lib/marks.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { count } from '../../lib/format.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { placeBarLabels } from '../../lib/place/bar-labels.ts';
import { dodge } from '../../lib/place/dodge.ts';
import { wrapText } from '../../lib/place/measure.ts';
import { circleRect, textRect, type Rect } from '../../lib/place/rect.ts';
import { scaleLinear, scaleSqrt } from '../../lib/scales.ts';
import { monthTicks } from '../../lib/time-ticks.ts';
import type { MonthlyPaceView } from './view.ts';
import { DAY, type MonthlyPaceData, type MonthlyPaceSpec, monthEnd, ms } from './spec.ts';
import {
	BOLD,
	type BubbleLabel,
	FONT,
	barRects,
	bubbleLabels,
	labelRect,
	monthNote,
	type MonthBar
} from './labels.ts';

export type { MonthBar };

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
	boundaries: { year: number; at: number }[];
	window: { x: number; width: number; opacity: number; lines: string[] };
	note: NoteMark | null;
}

/** Room for the lane's title above the circles. */
const LANE_TITLE = 18;

const TITLE_FONT = 13;

const LANE_TITLE_TEXT = 'Thefts, sized by dollars';

const PLOT_TITLE_TEXT = 'Missiles launched per month';

/** The box a title (baseline at y) takes, so labels keep clear of it. */
function titleRect(x: number, y: number, text: string): Rect {
	return textRect([text], x, y, 'start', TITLE_FONT, BOLD);
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
			disputed: h.disputed,
			reported: h.reported
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
		boundaries: utcYear
			.range(new Date(spec.x0), new Date(spec.x1))
			.map(d => ({ year: d.getUTCFullYear(), at: x(d.getTime()) })),
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
