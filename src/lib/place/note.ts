/**
 * The one note placer: a few words on a graphic, wrapped, at the first spot where they stay inside
 * the frame and cover no mark or text already placed. Beside the mark the note is about (the side
 * with more room first), or in a corner of the frame. Greedy and deterministic. Pure.
 */
import type { Box } from '../box.ts';
import type { NoteMark } from '../marks.ts';
import { wrapText } from './measure.ts';
import { inside, LINE_HEIGHT, overlaps, textRect, type Anchor, type Rect } from './rect.ts';

export interface NoteStyle {
	/** The longest a line may be (px). */
	maxWidth: number;
	fontSize: number;
	/** 400 regular, 600 and up bold. */
	weight?: number;
}

/** How far a note may slide up or down from its preferred height to find a free spot (px). */
const SLIDE = 8;
/** Shares of a note's widest line it may also wrap to, widest first. */
const WRAPS = [1, 0.6, 0.4];
/** Space kept between a note's text and the frame's edge when wrapping (px). */
const EDGE = 6;

/** The first spot whose text is inside `frame` and free of `taken`; else the first inside; else the first. */
function firstFree(
	spots: readonly NoteMark[],
	frame: Box,
	taken: readonly Rect[],
	style: NoteStyle
) {
	const rect = (n: NoteMark) => textRect(n.lines, n.x, n.y, n.anchor, style.fontSize, style.weight);
	const fits = spots.filter(n => inside(rect(n), frame));
	return fits.find(n => !taken.some(t => overlaps(rect(n), t))) ?? fits[0] ?? spots[0] ?? null;
}

/** Baselines from `y` outwards (y, y + 8, y − 8, …) that keep every line inside the frame. */
function heights(y: number, lines: number, frame: Box, fontSize: number): number[] {
	const top = frame.top + fontSize;
	const bottom = frame.bottom - (lines - 1) * LINE_HEIGHT - fontSize * 0.3;
	const start = Math.min(Math.max(y, top), bottom);
	const out = [start];
	for (let d = SLIDE; start - d >= top || start + d <= bottom; d += SLIDE) {
		if (start + d <= bottom) out.push(start + d);
		if (start - d >= top) out.push(start - d);
	}
	return out;
}

/**
 * A note beside `target` (a bar's or a point's box), `gap` px from it, its first baseline as near
 * `y` as the marks allow. With `leader`, a line runs from the note to the top of the target.
 */
export function noteBeside(
	text: string,
	target: Rect,
	frame: Box,
	taken: readonly Rect[],
	o: NoteStyle & { gap: number; y: number; leader?: boolean }
): NoteMark | null {
	const centre = (target.x0 + target.x1) / 2;
	const preferRight = centre < (frame.left + frame.right) / 2;
	const sides: Anchor[] = preferRight ? ['start', 'end'] : ['end', 'start'];
	const spots = sides.flatMap(anchor => {
		const x = anchor === 'start' ? target.x1 + o.gap : target.x0 - o.gap;
		const room = (anchor === 'start' ? frame.right - x : x - frame.left) - EDGE;
		// the widest wrap first; narrower ones, taller, where the wide one covers a mark
		return WRAPS.map(share =>
			wrapText(text, Math.min(room, o.maxWidth * share), o.fontSize, o.weight)
		)
			.filter(lines => lines.length > 0)
			.flatMap(lines =>
				heights(o.y, lines.length, frame, o.fontSize).map(y => ({ lines, x, y, anchor }))
			);
	});
	const note = firstFree(spots, frame, taken, o);
	if (!note || !o.leader) return note;
	const toward = note.anchor === 'start' ? -3 : 3;
	const leader = { x1: note.x + toward, y1: note.y - o.fontSize / 2, x2: centre };
	return { ...note, leader: { ...leader, y2: Math.max(target.y0 - 4, note.y) } };
}

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** Distances from the frame's edges: to the text's side, to a top note's first baseline, to a bottom note's last. */
export interface Inset {
	x: number;
	top: number;
	bottom: number;
}

/** A note in the first of `corners` where it covers nothing in `taken`. */
export function noteInCorner(
	text: string,
	frame: Box,
	taken: readonly Rect[],
	o: NoteStyle & { corners: readonly Corner[]; inset: Inset }
): NoteMark | null {
	const lines = wrapText(text, o.maxWidth, o.fontSize, o.weight);
	if (lines.length === 0) return null;
	const spots = o.corners.map(corner => {
		const [v, h] = corner.split('-');
		const last = frame.bottom - o.inset.bottom - (lines.length - 1) * LINE_HEIGHT;
		const y = v === 'top' ? frame.top + o.inset.top : last;
		const x = h === 'left' ? frame.left + o.inset.x : frame.right - o.inset.x;
		return { lines, x, y, anchor: (h === 'left' ? 'start' : 'end') as Anchor };
	});
	return firstFree(spots, frame, taken, o);
}
