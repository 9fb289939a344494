/**
 * One panel of the `theft-vs-launches` graphic: a year's bar with its value label, the axis ticks,
 * the years with no figure, for dollars stolen or missiles launched.
 */
import { type Box } from '../../lib/box.ts';
import { count, usd, usdTick } from '../../lib/format.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { placeBarLabels } from '../../lib/place/bar-labels.ts';
import { fitLabel } from '../../lib/place/fit.ts';
import { axisRects, textRect, type Rect } from '../../lib/place/rect.ts';
import { scaleLinear } from '../../lib/scales.ts';
import type { Bar as MarkBar, SpreadMark, Tick } from '../../lib/marks.ts';
import { type TheftVsLaunchesData, type TheftVsLaunchesSpec } from './spec.ts';

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

export const PANEL_TITLE = 20;

export const FONT = 12;

const TITLE_FONT = 13;

/** A panel's title starts this far left of the bars, over the axis labels. */
const TITLE_INDENT = 40;

/** Value labels and titles are bold. */
const BOLD = 700;

export type YearScale = (year: number) => number;

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

export function panel(
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

export function theftConfig(spec: TheftVsLaunchesSpec, data: TheftVsLaunchesData): PanelConfig {
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

export function launchConfig(spec: TheftVsLaunchesSpec, data: TheftVsLaunchesData): PanelConfig {
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
	const axis = axisRects(panel.xTicks, panel.box.bottom);
	return [title, ...bars, ...labels, ...axis];
}
