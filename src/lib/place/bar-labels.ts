/**
 * Value labels on bars: above the bar, lifted over any neighbour the label is wider than, and
 * beside the bar's top when that would run into a title. Pure.
 */
import type { Bar } from '../marks.ts';
import type { Box } from '../box.ts';
import { inside, LINE_HEIGHT, overlaps, textRect, type Rect } from './rect.ts';

/** Space between a bar's top and its value label's baseline (px). */
const ABOVE = 5;

const barRect = (b: Bar): Rect => ({ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height });

/** The label's box when drawn at (x, y) with `anchor`. */
function labelAt(b: Bar, x: number, y: number, anchor: Bar['labelAnchor'], font: number) {
	return textRect([b.label], x, y, anchor ?? 'middle', font, 700);
}

/** Where a bar's label may go, best first: above it (and any neighbour it spans), beside its top, higher. */
function spots(b: Bar, others: readonly Rect[], fontSize: number) {
	const x = b.labelX ?? b.x + b.width / 2;
	const span = labelAt(b, x, b.y - ABOVE, b.labelAnchor, fontSize);
	const under = others.filter(r => r.x0 < span.x1 && span.x0 < r.x1);
	const top = Math.min(b.y, ...under.map(r => r.y0));
	return [
		{ x, y: top - ABOVE, anchor: b.labelAnchor ?? 'middle' },
		{ x: b.x + b.width + 3, y: b.y + fontSize, anchor: 'start' as const },
		{ x: b.x - 3, y: b.y + fontSize, anchor: 'end' as const },
		// a line higher: the last resort, as it floats farther from its bar
		{ x, y: top - ABOVE - LINE_HEIGHT, anchor: b.labelAnchor ?? 'middle' }
	];
}

/**
 * The bars, each shown label at the first spot inside `frame` free of the other bars, the labels
 * placed before it (the tallest bars' first) and `blocked` (titles). Does not change its input.
 */
export function placeBarLabels<B extends Bar>(
	bars: readonly B[],
	blocked: readonly Rect[],
	frame: Box,
	fontSize: number
): B[] {
	const rects = bars.map(barRect);
	const taken: Rect[] = [...blocked];
	const placed = new Map<B, B>();
	for (const b of [...bars].sort((a, c) => a.y - c.y)) {
		if (b.labelOpacity <= 0.01) continue;
		const neighbours = rects.filter((_, j) => bars[j] !== b);
		const others = [...neighbours, ...taken];
		const options = spots(b, neighbours, fontSize);
		const rect = (s: (typeof options)[number]) => labelAt(b, s.x, s.y, s.anchor, fontSize);
		// each spot's box is measured once, not once per mark it is checked against
		const boxes = options.map(rect);
		const free = boxes.findIndex(r => inside(r, frame) && !others.some(t => overlaps(r, t)));
		const chosen = free >= 0 ? free : 0;
		const spot = options[chosen]!;
		taken.push(boxes[chosen]!);
		placed.set(b, { ...b, labelX: spot.x, labelY: spot.y, labelAnchor: spot.anchor });
	}
	return bars.map(b => placed.get(b) ?? b);
}
