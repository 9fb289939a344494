/**
 * What each graphic draws as boxes, for the overlap test: every text (labels, notes, titles) and
 * every mark (bars, points, circles) of a state, and a check that no text covers another text or
 * a mark and every text stays inside the graphic.
 */
import type { Box, Size } from '../../../src/lib/box.ts';
import { sizeLegendRect, textRect, type Rect } from '../../../src/lib/place/rect.ts';
import type { NoteMark } from '../../../src/lib/marks.ts';

export interface Thing {
	name: string;
	rect: Rect;
	/** A circle is checked by its real outline, not its square. */
	circle?: { cx: number; cy: number; r: number };
}

export interface Drawn {
	texts: Thing[];
	marks: Thing[];
}

/** How much two boxes may share before it counts (px): anti-aliasing, rounding. */
const SLACK = 0.5;

export const text = (
	name: string,
	lines: readonly string[],
	x: number,
	y: number,
	anchor: 'start' | 'middle' | 'end',
	fontSize = 12,
	weight = 400
): Thing => ({ name, rect: textRect(lines, x, y, anchor, fontSize, weight) });

export const note = (name: string, n: NoteMark | null, weight = 400): Thing[] =>
	n ? [text(name, n.lines, n.x, n.y, n.anchor, 12, weight)] : [];

export const circle = (name: string, cx: number, cy: number, r: number): Thing => ({
	name,
	rect: { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r },
	circle: { cx, cy, r }
});

export const rect = (name: string, x: number, y: number, width: number, height: number): Thing => ({
	name,
	rect: { x0: x, y0: y, x1: x + width, y1: y + height }
});

/** A map's size legend: nested circles with amounts to their right and a title above. */
export const sizeLegend = (
	items: readonly { label: string; r: number }[],
	x: number,
	y: number
) => ({
	name: 'size legend',
	rect: sizeLegendRect(items, x, y)
});

function shares(a: Rect, b: Rect): boolean {
	return (
		Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > SLACK &&
		Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > SLACK
	);
}

function covers(t: Thing, m: Thing): boolean {
	if (!shares(t.rect, m.rect)) return false;
	if (!m.circle) return true;
	const { cx, cy, r } = m.circle;
	const dx = Math.max(t.rect.x0 - cx, 0, cx - t.rect.x1);
	const dy = Math.max(t.rect.y0 - cy, 0, cy - t.rect.y1);
	return Math.hypot(dx, dy) < r - SLACK;
}

/** Every problem in `drawn`, as sentences naming the two things (empty when there is none). */
export function overlaps(drawn: Drawn, size: Size): string[] {
	const frame: Box = { left: 0, top: 0, right: size.width, bottom: size.height, ...size };
	const out: string[] = [];
	const { texts, marks } = drawn;
	texts.forEach((t, i) => {
		const r = t.rect;
		if (
			r.x0 < frame.left - SLACK ||
			r.x1 > frame.right + SLACK ||
			r.y0 < -SLACK ||
			r.y1 > frame.bottom + SLACK
		)
			out.push(`${t.name} leaves the frame`);
		for (const u of texts.slice(i + 1))
			if (shares(r, u.rect)) out.push(`${t.name} overlaps ${u.name}`);
		for (const m of marks) if (covers(t, m)) out.push(`${t.name} covers ${m.name}`);
	});
	return out;
}
