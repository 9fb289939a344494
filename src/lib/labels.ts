/**
 * Places text labels next to points so that they don't collide with each other, with the other
 * points or with the edge of the frame. Greedy and deterministic: labels are placed in the order
 * given (most important first), each at the first free spot among right, left, above, below and a
 * few nudges; a label that fits nowhere keeps its preferred spot. Pure.
 */
import type { Box } from './box.ts';

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
}

export interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const GAP = 4;

function overlaps(a: Rect, b: Rect): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(r: Rect, box: Box): boolean {
	return r.x0 >= box.left && r.x1 <= box.right && r.y0 >= box.top && r.y1 <= box.bottom;
}

/** Candidate spots for one label, best first: its rectangle and how to anchor the text. */
function candidates(l: LabelRequest): { rect: Rect; label: Omit<PlacedLabel, 'id' | 'crowded'> }[] {
	const d = l.r + GAP;
	const half = l.height / 2;
	const baseline = (centreY: number) => centreY + l.height * 0.35;
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
	const taken: Rect[] = [
		...obstacles.map(o => ({ x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r })),
		...blocked
	];
	return labels.map(l => {
		const options = candidates(l);
		const free = options.find(o => inside(o.rect, box) && !taken.some(t => overlaps(o.rect, t)));
		const fits = options.find(o => inside(o.rect, box)) ?? options[0];
		const chosen = free ?? fits;
		if (!chosen) return { id: l.id, x: l.x, y: l.y, anchor: 'middle' as const, crowded: true };
		taken.push(chosen.rect);
		return { id: l.id, ...chosen.label, crowded: free === undefined };
	});
}
