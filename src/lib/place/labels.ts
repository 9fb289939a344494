/**
 * Places text labels next to points so that they don't collide with each other, with the other
 * points or with the edge of the frame. Greedy and deterministic: labels are placed in the order
 * given (most important first), each at the first free spot among right, left, above, below and a
 * few nudges, in three rings each a line farther out; then at the nearest free spot of the frame,
 * with a leader line back to its point; a label that fits nowhere takes its first spot inside the
 * frame and is marked crowded. Pure.
 */
import type { Box } from '../box.ts';
import { circleRect, inside, overlaps, type Rect } from './rect.ts';

export interface LabelRequest {
	id: string;
	/** The point being labelled. */
	x: number;
	y: number;
	/** Radius of the point's mark, to keep clear of it. */
	r: number;
	/** Estimated size of the text. */
	width: number;
	height: number;
}

export interface PlacedLabel {
	id: string;
	/** Text anchor position (x, baseline y) and how to anchor it. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** True when no free spot was found and the label may overlap something. */
	crowded: boolean;
	/** A line from the label to its point, when the label had to go farther than its rings. */
	leader?: Leader;
}

/** From the label's side (x1, y1) across to above or below the point, then to its edge (x2, y2). */
export interface Leader {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

const GAP = 4;

/** How many rings of spots a label tries, each a line farther from its point than the last. */
const RINGS = 3;
/** Step of the grid searched when no ring has room (px). */
const GRID = 8;

type Candidate = { rect: Rect; label: Omit<PlacedLabel, 'id' | 'crowded'> };

/** The label's rings of candidate spots, nearest first (each made only when it is needed). */
function* rings(l: LabelRequest): Generator<Candidate[]> {
	for (let i = 0; i < RINGS; i++) yield ring(l, l.r + GAP + i * l.height);
}

/** Spots `d` px from the point: right, left, above, below, then corners and flush sides. */
function ring(l: LabelRequest, d: number): Candidate[] {
	const half = l.height / 2;
	// the text's capitals and descenders sit inside the spot's rectangle
	const baseline = (centreY: number) => centreY + l.height * 0.25;
	const spots = [
		{ x0: l.x + d, y0: l.y - half, anchor: 'start' as const, tx: l.x + d },
		{ x0: l.x - d - l.width, y0: l.y - half, anchor: 'end' as const, tx: l.x - d },
		{ x0: l.x - l.width / 2, y0: l.y - d - l.height, anchor: 'middle' as const, tx: l.x },
		{ x0: l.x - l.width / 2, y0: l.y + d, anchor: 'middle' as const, tx: l.x },
		{ x0: l.x + d, y0: l.y - half - l.height, anchor: 'start' as const, tx: l.x + d },
		{ x0: l.x + d, y0: l.y + half, anchor: 'start' as const, tx: l.x + d },
		{ x0: l.x - d - l.width, y0: l.y - half - l.height, anchor: 'end' as const, tx: l.x - d },
		{ x0: l.x - d - l.width, y0: l.y + half, anchor: 'end' as const, tx: l.x - d },
		// above or below, flush with one side of the mark: for labels near the edge of the frame
		{ x0: l.x + l.r - l.width, y0: l.y - d - l.height, anchor: 'end' as const, tx: l.x + l.r },
		{ x0: l.x - l.r, y0: l.y - d - l.height, anchor: 'start' as const, tx: l.x - l.r },
		{ x0: l.x + l.r - l.width, y0: l.y + d, anchor: 'end' as const, tx: l.x + l.r },
		{ x0: l.x - l.r, y0: l.y + d, anchor: 'start' as const, tx: l.x - l.r }
	];
	return spots.map(s => ({
		rect: { x0: s.x0, y0: s.y0, x1: s.x0 + l.width, y1: s.y0 + l.height },
		label: { x: s.tx, y: baseline(s.y0 + half), anchor: s.anchor }
	}));
}

/**
 * @param labels in order of importance
 * @param box labels must stay inside it
 * @param obstacles other marks to keep clear of (points), as centres and radii
 * @param blocked other text already drawn (titles), as rectangles
 */
export function placeLabels(
	labels: readonly LabelRequest[],
	box: Box,
	obstacles: readonly { x: number; y: number; r: number }[] = [],
	blocked: readonly Rect[] = []
): PlacedLabel[] {
	const taken: Rect[] = [...obstacles.map(o => circleRect(o.x, o.y, o.r)), ...blocked];
	const isFree = (r: Rect) => inside(r, box) && !taken.some(t => overlaps(r, t));
	return labels.map(l => {
		// ring by ring: a label placed on every frame of a transition usually finds room in the first
		let free: Candidate | undefined;
		let fits: Candidate | undefined;
		let first: Candidate | undefined;
		for (const spots of rings(l)) {
			first ??= spots[0];
			free = spots.find(o => isFree(o.rect));
			if (free) break;
			fits ??= spots.find(o => inside(o.rect, box));
		}
		const far = free ? undefined : nearestFree(l, box, isFree);
		const chosen = free ?? far ?? fits ?? first;
		if (!chosen) return { id: l.id, x: l.x, y: l.y, anchor: 'middle' as const, crowded: true };
		taken.push(chosen.rect);
		const leader = chosen === far ? leaderTo(l, chosen.rect) : undefined;
		return { id: l.id, ...chosen.label, crowded: !free && !far, ...(leader ? { leader } : {}) };
	});
}

/**
 * The free spot of a coarse grid over the box that is nearest the point (the first in the grid's
 * order among equally near ones): where no ring has room. Graphics place their labels on every
 * frame of a transition, so this never builds and sorts the whole grid: it looks among the spots
 * within a few label-sizes of the point first, nearest first, and only scans the rest, testing
 * just the spots nearer than the best found, when none of those is free.
 */
function nearestFree(
	l: LabelRequest,
	box: Box,
	isFree: (r: Rect) => boolean
): Candidate | undefined {
	// the grid's columns and rows, added up as a scan from the box's corner would
	const xs: number[] = [];
	for (let x0 = box.left; x0 + l.width <= box.right; x0 += GRID) xs.push(x0);
	const ys: number[] = [];
	for (let y0 = box.top; y0 + l.height <= box.bottom; y0 += GRID / 2) ys.push(y0);
	const rectAt = (x0: number, y0: number): Rect => ({
		x0,
		y0,
		x1: x0 + l.width,
		y1: y0 + l.height
	});
	const distance = (x0: number, y0: number) =>
		Math.hypot(
			Math.max(x0 - l.x, 0, l.x - x0 - l.width),
			Math.max(y0 - l.y, 0, l.y - y0 - l.height)
		);
	// a spot is its row and column; in the grid's order, rows first
	type Spot = { i: number; j: number; d: number };
	const before = (a: Spot, b: Spot) =>
		a.d < b.d || (a.d === b.d && (a.j < b.j || (a.j === b.j && a.i < b.i)));
	const free = (s: Spot) => isFree(rectAt(xs[s.i]!, ys[s.j]!));
	// the spots near the point, nearest first: where a label usually finds room
	const reach = 3 * (l.width + l.height);
	const near: Spot[] = [];
	ys.forEach((y0, j) => {
		if (Math.abs(y0 - l.y) > reach + l.height) return;
		xs.forEach((x0, i) => {
			if (Math.abs(x0 - l.x) > reach + l.width) return;
			const d = distance(x0, y0);
			if (d <= reach) near.push({ i, j, d });
		});
	});
	near.sort((a, b) => (before(a, b) ? -1 : 1));
	// every spot left out is farther than `reach`, so the nearest free one near is the nearest
	let best = near.find(free);
	if (!best)
		ys.forEach((y0, j) =>
			xs.forEach((x0, i) => {
				const s = { i, j, d: distance(x0, y0) };
				if (s.d > reach && (!best || before(s, best)) && free(s)) best = s;
			})
		);
	if (!best) return undefined;
	const [x0, y0] = [xs[best.i]!, ys[best.j]!];
	return { rect: rectAt(x0, y0), label: { x: x0, y: y0 + l.height * 0.75, anchor: 'start' } };
}

/** An elbow from the label's nearer side, level with its middle, to the point's edge. */
function leaderTo(l: LabelRequest, r: Rect): Leader {
	const y1 = (r.y0 + r.y1) / 2;
	const x1 = l.x < r.x0 ? r.x0 - 2 : l.x > r.x1 ? r.x1 + 2 : l.x;
	return { x1, y1, x2: l.x, y2: y1 < l.y ? l.y - l.r : l.y + l.r };
}
