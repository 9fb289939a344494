/**
 * The `monthly-pace` graphic's words on the marks: the thefts' labels, the bars' value labels and
 * the step's note, each placed clear of the bars, circles, titles and one another.
 */
import type { Bar, Bubble, NoteMark } from '../../lib/marks.ts';
import { type Box } from '../../lib/box.ts';
import { usd } from '../../lib/format.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { labelCircles, placed } from '../../lib/place/circle-labels.ts';
import type { Leader } from '../../lib/place/labels.ts';
import { noteBeside } from '../../lib/place/note.ts';
import { textRect, type Rect } from '../../lib/place/rect.ts';
import type { MonthlyPaceView } from './view.ts';
import { type MonthlyPaceData, type MonthlyPaceSpec } from './spec.ts';

/** A bar for one month (UTC). */
export interface MonthBar extends Bar {
	month: string;
}

export interface BubbleLabel {
	id: string;
	lines: string[];
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	opacity: number;
	/** A line to the circle, when the label had to go farther than beside it. */
	leader?: Leader;
}

export const FONT = 12;

/** Titles and value labels are bold. */
export const BOLD = 700;

/** Theft labels are drawn as labels: semibold. */
const LABEL_WEIGHT = 600;

/**
 * Labels for the thefts a step picks out and, as a key to the circle sizes, for the largest ones
 * in view (fewer on a narrow screen). Placed so they don't collide.
 */
export function bubbleLabels(
	spec: MonthlyPaceSpec,
	data: MonthlyPaceData,
	bubbles: Bubble[],
	box: Box,
	titles: readonly Rect[]
): BubbleLabel[] {
	// runs on every frame of a transition: bubbles and heists are looked up by id, not searched
	const inView = new Map(bubbles.map(b => [b.id, b]));
	const picked = data.heists.filter(
		(h, i) => (spec.heistLabelled[i] ?? 0) > 0.01 && inView.has(h.id)
	);
	const isPicked = new Set(picked);
	const largest = data.heists
		.filter(h => inView.has(h.id) && !isPicked.has(h))
		.sort((a, b) => b.usd - a.usd)
		.slice(0, box.width < 420 ? 1 : 2);
	const requests = [...picked, ...largest].flatMap(h => {
		const circle = inView.get(h.id);
		// the platform's first word keeps labels short: "Ronin $620M", "Harmony $100M"
		return circle
			? [{ id: h.id, text: `${h.platform.split(/[ (]/)[0]} ${usd(h.usd)}`, circle }]
			: [];
	});
	const indexOf = new Map(data.heists.map((h, i) => [h.id, i]));
	const font = { size: FONT, weight: LABEL_WEIGHT, pad: 4 };
	return labelCircles(requests, bubbles, box, titles, font).map(p => {
		const index = indexOf.get(p.id) ?? -1;
		const { text, ...label } = placed(p);
		const emphasis = emphasised(spec.heistEmphasis[index] ?? 1);
		return { ...label, lines: [text], opacity: Math.max(spec.heistLabelled[index] ?? 0, emphasis) };
	});
}

/** What a bar draws: the bar and, when shown, its value label (bold, 5 px above it). */
export function barRects(b: Bar): Rect[] {
	// a month without launches draws no bar
	const bar = b.height > 0.5 ? [{ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }] : [];
	if (b.labelOpacity <= 0.01) return bar;
	const x = b.labelX ?? b.x + b.width / 2;
	return [
		...bar,
		textRect([b.label], x, b.labelY ?? b.y - 5, b.labelAnchor ?? 'middle', FONT, BOLD)
	];
}

export const labelRect = (l: BubbleLabel): Rect =>
	textRect(l.lines, l.x, l.y, l.anchor, FONT, LABEL_WEIGHT);

/** The step's note beside its month's bar, near the top of the bars, clear of every mark. */
export function monthNote(
	view: MonthlyPaceView,
	bars: MonthBar[],
	plot: Box,
	taken: readonly Rect[]
): NoteMark | null {
	if (!view.note) return null;
	const target = bars.find(b => b.month === view.highlight?.[0]) ?? bars[0];
	if (!target) return null;
	const rect = { x0: target.x, y0: target.y, x1: target.x + target.width, y1: plot.bottom };
	const style = { maxWidth: 230, fontSize: FONT, gap: 8, y: plot.top + FONT + 2 };
	return noteBeside(view.note, rect, plot, taken, style);
}
