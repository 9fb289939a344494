/**
 * The `theft-launch-scatter` graphic as pure functions: one point per year, missiles launched
 * across and dollars stolen up, joined in time order, each year labelled, and the correlation the
 * copy cites with the number of years it rests on.
 *   spec(view, data)               → the tweened numbers;
 *   layout(spec, view, data, size) → every mark in pixels.
 */
import { max } from 'd3-array';
import type { YearPair } from '../../data/derive/pairs.ts';
import type { NoteMark, Point, Tick } from '../../lib/marks.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { coefficient, count, usd, usdTick } from '../../lib/format.ts';
import { placeLabels } from '../../lib/labels.ts';
import { niceMax, scaleLinear } from '../../lib/scales.ts';
import type { YearsCorrelation } from '../../data/derive/correlation.ts';
import { textWidth, wrapText } from '../../lib/place/measure.ts';
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

export interface YearLabel {
	year: number;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	opacity: number;
	strong: boolean;
}

export interface TheftLaunchScatterLayout {
	size: Size;
	box: Box;
	points: Point[];
	labels: YearLabel[];
	/** Drawn as a dash of `drawn` along a path of declared length (SVG pathLength) `length`, 1. */
	path: { d: string; length: 1; drawn: number };
	xTicks: Tick[];
	yTicks: Tick[];
	stat: { lines: string[]; opacity: number };
	note: NoteMark | null;
}

const DIMMED = 0.3;
/** Dimmed year labels stay readable. */
const LABEL_DIMMED = 0.6;
const FONT = 12;
/** Year labels turn bold when picked, the statistic is a semibold label: room for the bold. */
const LABEL_WEIGHT = 700;

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

function margins(size: Size) {
	return { top: 10, right: 16, bottom: 40, left: size.width < 420 ? 46 : 56 };
}

/**
 * The years joined in time order, to 0.1 px. Its length is left to the browser (pathLength = 1,
 * so the reveal is a dash of `drawn` out of 1); not d3-shape's line(), which adds 3 KB gzip here.
 */
const connector = (points: readonly Point[]) =>
	points.map((p, i) => `${i ? 'L' : 'M'}${p.cx.toFixed(1)},${p.cy.toFixed(1)}`).join('');

export function theftLaunchScatterLayout(
	spec: TheftLaunchScatterSpec,
	view: TheftLaunchScatterView,
	data: TheftLaunchScatterData,
	size: Size
): TheftLaunchScatterLayout {
	const box = innerBox(size, margins(size));
	const x = scaleLinear([0, spec.xMax], [box.left, box.right]);
	const y = scaleLinear([0, spec.yMax], [box.bottom, box.top]);
	const picked = new Set(view.highlight ?? []);
	const points = data.pairs.map((p, i) => ({
		year: p.year,
		cx: x(p.missiles),
		cy: y(p.usd),
		r: picked.has(p.year) ? 7 : 5,
		opacity: DIMMED + (1 - DIMMED) * (spec.emphasis[i] ?? 1),
		preliminary: p.preliminary
	}));
	return {
		size,
		box,
		points,
		labels: yearLabels(data, points, spec, picked, box),
		path: { d: connector(points), length: 1, drawn: spec.path },
		xTicks: x
			.ticks(5)
			.filter(Number.isInteger)
			.map(value => ({ value, at: x(value), label: count(value) })),
		yTicks: y.ticks(4).map(value => ({ value, at: y(value), label: usdTick(value) })),
		stat: { lines: statLines(data, box), opacity: spec.stat },
		note: scatterNote(view, points, box)
	};
}

/** Year labels beside the points; the picked years also carry their two figures. */
function yearLabels(
	data: TheftLaunchScatterData,
	points: readonly Point[],
	spec: TheftLaunchScatterSpec,
	picked: ReadonlySet<number>,
	box: Box
): YearLabel[] {
	const texts = data.pairs.map(p =>
		picked.has(p.year) ? `${p.year}: ${usd(p.usd)}, ${count(p.missiles)} missiles` : String(p.year)
	);
	// the picked years are placed first, so they get the best spots
	const order = data.pairs
		.map((_, i) => i)
		.sort(
			(a, b) => Number(picked.has(data.pairs[b]!.year)) - Number(picked.has(data.pairs[a]!.year))
		);
	const requests = order.map(i => ({
		id: String(i),
		x: points[i]!.cx,
		y: points[i]!.cy,
		r: points[i]!.r,
		width: textWidth(texts[i]!, FONT, LABEL_WEIGHT) + 2,
		height: FONT + 2
	}));
	const placed = placeLabels(
		requests,
		box,
		points.map(p => ({ x: p.cx, y: p.cy, r: p.r }))
	);
	return placed
		.map(p => {
			const i = Number(p.id);
			const pair = data.pairs[i]!;
			return {
				year: pair.year,
				text: texts[i]!,
				x: p.x,
				y: p.y,
				anchor: p.anchor,
				opacity: LABEL_DIMMED + (1 - LABEL_DIMMED) * (spec.emphasis[i] ?? 1),
				strong: picked.has(pair.year)
			};
		})
		.sort((a, b) => a.year - b.year);
}

function statLines(data: TheftLaunchScatterData, box: Box): string[] {
	const { all, final } = data;
	// no-break spaces keep "r = 0.41" and "(9 years)" on one line
	const text =
		`Correlation r\u00a0=\u00a0${coefficient(all.r)} over ${count(all.n)} years (${all.from}\u2013${all.to}); ` +
		`r\u00a0=\u00a0${coefficient(final.r)} without years of preliminary launch records (${count(final.n)}\u00a0years).`;
	return wrapText(text, Math.min(box.width * 0.6, 280), FONT, LABEL_WEIGHT);
}

function scatterNote(
	view: TheftLaunchScatterView,
	points: readonly Point[],
	box: Box
): TheftLaunchScatterLayout['note'] {
	if (!view.note) return null;
	const target = points.find(p => p.year === view.highlight?.[0]);
	if (!target) return null;
	const right = target.cx < (box.left + box.right) / 2;
	const room = right ? box.right - target.cx : target.cx - box.left;
	const lines = wrapText(view.note, Math.min(room - 20, 220), FONT);
	const y = Math.min(Math.max(target.cy + 28, box.top + FONT), box.bottom - lines.length * 15);
	return { lines, x: target.cx + (right ? 14 : -14), y, anchor: right ? 'start' : 'end' };
}

/** The settled picture at a step. */
export function theftLaunchScatterState(
	view: TheftLaunchScatterView,
	data: TheftLaunchScatterData,
	size: Size
): TheftLaunchScatterLayout {
	return theftLaunchScatterLayout(theftLaunchScatterSpec(view, data), view, data, size);
}
