/**
 * The `theft-vs-launches` graphic's layout: two aligned panels over the same years, dollars stolen
 * above and missiles launched below (no dual axis on one panel), the estimators' spread and the
 * step's note, every mark in pixels for a size.
 */
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { noteBeside } from '../../lib/place/note.ts';
import { type Rect } from '../../lib/place/rect.ts';
import { scaleLinear } from '../../lib/scales.ts';
import type { NoteMark, SpreadMark } from '../../lib/marks.ts';
import type { TheftVsLaunchesView } from './view.ts';
import { type TheftVsLaunchesData, type TheftVsLaunchesSpec } from './spec.ts';
import {
	FONT,
	PANEL_TITLE,
	type Panel,
	type YearScale,
	launchConfig,
	panel,
	panelRects,
	theftConfig
} from './panel.ts';

export interface TheftVsLaunchesLayout {
	size: Size;
	box: Box;
	panels: Panel[];
	spread: { opacity: number; marks: SpreadMark[] };
	note: NoteMark | null;
}

const AXIS_LABELS = 20;

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
