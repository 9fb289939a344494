/**
 * The boxes placement works with: the rectangle a text or a mark takes, and whether two of them
 * collide or one stays inside a frame. Pure.
 */
import type { Box } from '../box.ts';
import { textWidth } from './measure.ts';

export interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Distance between two lines of a note's text (px): the note marks draw at this step. */
export const LINE_HEIGHT = 15;

/** True when `a` and `b` share some area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** True when `r` lies wholly inside `box`. */
export function inside(r: Rect, box: Box): boolean {
	return r.x0 >= box.left && r.x1 <= box.right && r.y0 >= box.top && r.y1 <= box.bottom;
}

/** The square around a circle. */
export function circleRect(cx: number, cy: number, r: number): Rect {
	return { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r };
}

/** Where a text of `width` px starts, anchored at `x`. */
export function textLeft(x: number, width: number, anchor: Anchor): number {
	if (anchor === 'start') return x;
	return anchor === 'end' ? x - width : x - width / 2;
}

/**
 * The box of a text drawn at (x, first baseline y), from the top of its capitals to the bottom of
 * its descenders, `LINE_HEIGHT` apart when there are several lines.
 */
export function textRect(
	lines: readonly string[],
	x: number,
	y: number,
	anchor: Anchor,
	fontSize: number,
	weight = 400
): Rect {
	const width = Math.max(0, ...lines.map(l => textWidth(l, fontSize, weight)));
	const x0 = textLeft(x, width, anchor);
	const last = y + Math.max(0, lines.length - 1) * LINE_HEIGHT;
	return { x0, y0: y - fontSize * 0.8, x1: x0 + width, y1: last + fontSize * 0.25 };
}

/** The chart label size (--chart-label-size in src/styles/tokens.css). */
export const AXIS_FONT = 12;
/** How far below a plot's bottom edge its x-axis labels stand (their baseline), px. */
export const AXIS_BASELINE = 15;

/**
 * The boxes of the x-axis's tick labels under a plot whose bottom edge is `bottom`
 * (src/marks/AxisX.svelte: centred on each tick, at the chart label size), so that notes and
 * labels keep clear of them.
 */
export function axisRects(ticks: readonly { at: number; label: string }[], bottom: number): Rect[] {
	return ticks.map(t => textRect([t.label], t.at, bottom + AXIS_BASELINE, 'middle', AXIS_FONT));
}

/** The box of a size legend (src/marks/SizeLegend.svelte) whose nested circles stand on (x, y). */
export function sizeLegendRect(
	items: readonly { label: string; r: number }[],
	x: number,
	y: number
): Rect {
	const largest = items[0]?.r ?? 0;
	const widest = Math.max(0, ...items.map(i => textWidth(i.label, 11)));
	return { x0: x - largest, y0: y - 2 * largest - 18, x1: x + largest + 8 + widest, y1: y };
}
