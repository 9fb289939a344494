/**
 * The `theft-vs-launches` graphic as pure functions:
 *   spec(view, data)        → the numbers that change between steps (tweened by the component);
 *   layout(spec, data, size) → every mark in pixels, labels included.
 * `theftVsLaunchesState(view, data, size)` composes the two: the picture at a step, settled.
 */
import { max } from 'd3-array';
import type { TheftEstimate } from '../../data/types.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { usd, usdTick } from '../../lib/format.ts';
import { niceMax, valueScale, yearBandScale } from '../../lib/scales.ts';
import type { TheftVsLaunchesView } from './view.ts';

export interface TheftVsLaunchesData {
	/** The main yearly theft series, one record per year, sorted by year. */
	theft: readonly TheftEstimate[];
}

/** The tweenable part of the picture: plain numbers, one entry per year in `data.theft` order. */
export interface TheftVsLaunchesSpec {
	/** Top of the dollar axis. */
	theftMax: number;
	/** 1 for a year at full strength, 0 for a dimmed one. */
	emphasis: number[];
	/** 1 where the bar's value label shows. */
	labelled: number[];
}

export interface BarMark {
	year: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Opacity of the bar, from its emphasis. */
	opacity: number;
	/** Approximate (chart-reading) values are drawn hatched and labelled with "≈". */
	approximate: boolean;
	label: string;
	labelOpacity: number;
}

export interface Tick {
	value: number;
	/** Position along the axis, in pixels. */
	at: number;
	label: string;
}

export interface TheftVsLaunchesLayout {
	size: Size;
	box: Box;
	bars: BarMark[];
	yTicks: Tick[];
	xTicks: Tick[];
}

const DIMMED = 0.28;

export function theftVsLaunchesSpec(
	view: TheftVsLaunchesView,
	data: TheftVsLaunchesData
): TheftVsLaunchesSpec {
	const highlight = new Set(view.highlight ?? []);
	const picked = (year: number) => (highlight.size === 0 || highlight.has(year) ? 1 : 0);
	return {
		theftMax: niceMax(max(data.theft, d => d.usd) ?? 0),
		emphasis: data.theft.map(d => picked(d.year)),
		labelled: data.theft.map(d => (highlight.has(d.year) ? 1 : 0))
	};
}

function margins(size: Size) {
	return { top: 28, right: 12, bottom: 28, left: 54 };
}

/** Short year labels ('16) when the bands are too narrow for four digits. */
function yearLabel(year: number, bandwidth: number): string {
	return bandwidth < 30 ? `\u2019${String(year).slice(2)}` : String(year);
}

export function theftVsLaunchesLayout(
	spec: TheftVsLaunchesSpec,
	data: TheftVsLaunchesData,
	size: Size
): TheftVsLaunchesLayout {
	const box = innerBox(size, margins(size));
	const x = yearBandScale(
		data.theft.map(d => d.year),
		box
	);
	const y = valueScale(spec.theftMax, box);
	const bars = data.theft.map((d, i): BarMark => {
		const top = Math.min(y(d.usd), box.bottom - (d.usd > 0 ? 1 : 0));
		return {
			year: d.year,
			x: x(d.year) ?? 0,
			y: top,
			width: x.bandwidth(),
			height: box.bottom - top,
			opacity: DIMMED + (1 - DIMMED) * (spec.emphasis[i] ?? 1),
			approximate: d.approximate,
			label: `${d.approximate ? '\u2248' : ''}${usd(d.usd)}`,
			labelOpacity: spec.labelled[i] ?? 0
		};
	});
	return {
		size,
		box,
		bars,
		yTicks: y.ticks(4).map(value => ({ value, at: y(value), label: usdTick(value) })),
		xTicks: data.theft.map(d => ({
			value: d.year,
			at: (x(d.year) ?? 0) + x.bandwidth() / 2,
			label: yearLabel(d.year, x.bandwidth())
		}))
	};
}

/** The settled picture at a step. */
export function theftVsLaunchesState(
	view: TheftVsLaunchesView,
	data: TheftVsLaunchesData,
	size: Size
): TheftVsLaunchesLayout {
	return theftVsLaunchesLayout(theftVsLaunchesSpec(view, data), data, size);
}
