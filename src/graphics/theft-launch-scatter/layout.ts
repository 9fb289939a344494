/**
 * The `theft-launch-scatter` graphic's layout: a spec at a size becomes every mark in pixels, one
 * point per year (missiles across, dollars up), joined in time order, each year labelled, and the
 * correlation the copy cites with the number of years it rests on, placed clear of the points.
 */
import type { NoteMark, Point, Tick } from '../../lib/marks.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { coefficient, count, usd, usdTick } from '../../lib/format.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { labelCircles, placed } from '../../lib/place/circle-labels.ts';
import type { Leader } from '../../lib/place/labels.ts';
import { textWidth, wrapText } from '../../lib/place/measure.ts';
import { noteBeside, noteInCorner } from '../../lib/place/note.ts';
import { circleRect, LINE_HEIGHT, textRect, type Rect } from '../../lib/place/rect.ts';
import { scaleLinear } from '../../lib/scales.ts';
import type { TheftLaunchScatterView } from './view.ts';
import { type TheftLaunchScatterData, type TheftLaunchScatterSpec } from './spec.ts';

export interface YearLabel {
	year: number;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	opacity: number;
	strong: boolean;
	/** A line to the point, when the label had to go farther than beside it. */
	leader?: Leader;
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
	/** The correlation, in the first corner free of points. */
	stat: NoteMark & { opacity: number };
	/** The dollar axis's title, at the top left of the box. */
	yTitle: { x: number; y: number; text: string };
	note: NoteMark | null;
}

const FONT = 12;

const BOLD = 700;
/** Year labels: 12 px, with 2 px kept around each. */
const LABEL = { size: FONT, weight: 400, pad: 2 };

/** The stat is drawn as a label: semibold. */
const STAT_WEIGHT = 600;

const Y_TITLE = '\u2191 Crypto stolen in the year (Chainalysis)';

const Y_TITLE_SHORT = '\u2191 Crypto stolen (Chainalysis)';

/** The dollar axis's title, shortened where the long one would run out of the graphic. */
function yTitleText(room: number): string {
	return textWidth(Y_TITLE, FONT) <= room ? Y_TITLE : Y_TITLE_SHORT;
}

/** Narrower than this, no corner of the plot is free for the correlation: it goes above the plot. */
const NARROW = 560;

/** `band`: room above the plot for the correlation, on a narrow screen. */
function margins(size: Size, band: number) {
	return { top: 10 + band, right: 16, bottom: 40, left: size.width < 420 ? 46 : 56 };
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
	const narrow = size.width < NARROW;
	const above = narrow ? wrapText(statText(data), size.width - 24, FONT, STAT_WEIGHT) : [];
	const band = narrow ? (above.length * LINE_HEIGHT + 8) * spec.stat : 0;
	const box = innerBox(size, margins(size, band));
	const x = scaleLinear([0, spec.xMax], [box.left, box.right]);
	const y = scaleLinear([0, spec.yMax], [box.bottom, box.top]);
	const picked = new Set(view.highlight ?? []);
	const points = data.pairs.map((p, i) => ({
		year: p.year,
		cx: x(p.missiles),
		cy: y(p.usd),
		r: picked.has(p.year) ? 7 : 5,
		opacity: emphasised(spec.emphasis[i] ?? 1),
		preliminary: p.preliminary
	}));
	const yTitle = { x: box.left + 4, y: box.top + 4, text: yTitleText(size.width - box.left - 8) };
	const marks = [
		textRect([yTitle.text], yTitle.x, yTitle.y, 'start', FONT),
		...points.map(pointRect)
	];
	const inBand = { lines: above, x: box.right, y: box.top - band + FONT, anchor: 'end' as const };
	const stat = { ...(narrow ? inBand : statNote(data, box, marks)), opacity: spec.stat };
	const statRects =
		spec.stat > 0 ? [textRect(stat.lines, stat.x, stat.y, stat.anchor, FONT, STAT_WEIGHT)] : [];
	const labels = yearLabels(data, points, spec, picked, box, [marks[0]!, ...statRects]);
	const texts = [...marks, ...statRects, ...labels.map(labelRect)];
	return {
		size,
		box,
		points,
		labels,
		path: { d: connector(points), length: 1, drawn: spec.path },
		xTicks: x
			.ticks(5)
			.filter(Number.isInteger)
			.map(value => ({ value, at: x(value), label: count(value) })),
		yTicks: y.ticks(4).map(value => ({ value, at: y(value), label: usdTick(value) })),
		stat,
		yTitle,
		note: scatterNote(view, points, box, texts)
	};
}

const pointRect = (p: Point): Rect => circleRect(p.cx, p.cy, p.r);

const labelRect = (l: YearLabel): Rect =>
	textRect([l.text], l.x, l.y, l.anchor, FONT, l.strong ? BOLD : 400);

/** Year labels beside the points; the picked years also carry their two figures. */
function yearLabels(
	data: TheftLaunchScatterData,
	points: readonly Point[],
	spec: TheftLaunchScatterSpec,
	picked: ReadonlySet<number>,
	box: Box,
	blocked: readonly Rect[]
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
	const wanted = (strong: boolean) => order.filter(i => picked.has(data.pairs[i]!.year) === strong);
	const request = (i: number) => ({ id: String(i), text: texts[i]!, circle: points[i]! });
	// the picked years are bold: measured and placed first, then the others around them
	const bold = labelCircles(wanted(true).map(request), points, box, blocked, {
		...LABEL,
		weight: BOLD
	});
	const taken = [...blocked, ...bold.map(l => textRect([l.text], l.x, l.y, l.anchor, FONT, BOLD))];
	const plain = labelCircles(wanted(false).map(request), points, box, taken, LABEL);
	return [...bold, ...plain]
		.map(p => {
			const i = Number(p.id);
			const pair = data.pairs[i]!;
			return {
				...placed(p),
				year: pair.year,
				opacity: emphasised(spec.emphasis[i] ?? 1),
				strong: picked.has(pair.year)
			};
		})
		.sort((a, b) => a.year - b.year);
}

function statText({ all, final }: TheftLaunchScatterData): string {
	// no-break spaces keep "r = 0.41" and "(9 years)" on one line
	return (
		`Correlation r\u00a0=\u00a0${coefficient(all.r)} over ${count(all.n)} years (${all.from}\u2013${all.to}); ` +
		`r\u00a0=\u00a0${coefficient(final.r)} without years of preliminary launch records (${count(final.n)}\u00a0years).`
	);
}

/** The correlation the copy cites, in the first corner of the box that no point or title takes. */
function statNote(data: TheftLaunchScatterData, box: Box, taken: readonly Rect[]): NoteMark {
	const text = statText(data);
	const style = { maxWidth: Math.min(box.width * 0.6, 280), fontSize: FONT, weight: STAT_WEIGHT };
	const inset = { x: 0, top: 26, bottom: 4 };
	const corners = ['top-right', 'bottom-right', 'top-left'] as const;
	return noteInCorner(text, box, taken, { ...style, corners, inset }) as NoteMark;
}

/** The step's note beside the first picked year, clear of the points and every text. */
function scatterNote(
	view: TheftLaunchScatterView,
	points: readonly Point[],
	box: Box,
	texts: readonly Rect[]
): TheftLaunchScatterLayout['note'] {
	if (!view.note) return null;
	const target = points.find(p => p.year === view.highlight?.[0]);
	if (!target) return null;
	const taken = [...texts, ...points.map(pointRect)];
	const style = { maxWidth: 220, fontSize: FONT, gap: 14 - target.r, y: target.cy + 28 };
	return noteBeside(view.note, pointRect(target), box, taken, style);
}
