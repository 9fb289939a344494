/**
 * Labels for circles (a scatter's points, thefts, launch sites): the request each graphic would
 * otherwise build by hand, from a text, its font and the circle it names. Pure.
 */
import type { Box } from '../box.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { textWidth } from './measure.ts';
import type { Rect } from './rect.ts';

/** A circle on the graphic: a point, a theft, a site. */
export interface Circle {
	cx: number;
	cy: number;
	r: number;
}

/** One label a graphic wants: its text and the circle it names. */
export interface CircleLabel {
	id: string;
	text: string;
	circle: Circle;
}

/**
 * Labels for circles, in order of importance: each text measured at `font`, kept off every circle
 * in `circles`, off `blocked` and off the labels placed before it. The placed labels keep their text.
 */
export function labelCircles(
	wanted: readonly CircleLabel[],
	circles: readonly Circle[],
	box: Box,
	blocked: readonly Rect[],
	font: { size: number; weight: number; pad: number }
): (PlacedLabel & { text: string })[] {
	const requests = wanted.map(({ id, text, circle: { cx, cy, r } }) => ({
		id,
		x: cx,
		y: cy,
		r,
		width: textWidth(text, font.size, font.weight) + font.pad,
		height: font.size + font.pad
	}));
	const obstacles = circles.map(c => ({ x: c.cx, y: c.cy, r: c.r }));
	return placeLabels(requests, box, obstacles, blocked).map((p, i) => ({
		...p,
		text: wanted[i]!.text
	}));
}

/** What a graphic draws of a placed label: its text, where, how anchored, its leader if any. */
export function placed({ id, text, x, y, anchor, leader }: PlacedLabel & { text: string }) {
	return { id, text, x, y, anchor, ...(leader ? { leader } : {}) };
}
