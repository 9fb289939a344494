/**
 * What the mark components draw, in pixels: the contract between a graphic's state function
 * (which computes these) and the marks in src/marks/ (which only draw them). Types only.
 */

/** A vertical bar with its value label. */
export interface Bar {
	x: number;
	y: number;
	width: number;
	height: number;
	opacity: number;
	/** Drawn hatched: an approximate or preliminary value. */
	hatched: boolean;
	label: string;
	labelOpacity: number;
	/** Where the label goes, when it must not be centred (near the edge of the frame). */
	labelX?: number;
	/** The label's baseline, when not just above the bar (over a taller neighbour). */
	labelY?: number;
	labelAnchor?: 'start' | 'middle' | 'end';
}

/** A circle sized by value (a theft); a disputed attribution is drawn hollow. */
export interface Bubble {
	id: string;
	cx: number;
	cy: number;
	r: number;
	opacity: number;
	disputed: boolean;
	/** Reported, not confirmed: a dashed outline. */
	reported: boolean;
}

/** A scatter-plot point for one year; preliminary data is drawn hollow. */
export interface Point {
	year: number;
	cx: number;
	cy: number;
	r: number;
	opacity: number;
	preliminary: boolean;
}

/** An axis tick: its value, its position along the axis, its label. */
export interface Tick {
	value: number;
	at: number;
	label: string;
}

/** A note on a graphic: wrapped lines at a baseline, anchored, with an optional leader line. */
export interface NoteMark {
	lines: string[];
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** The range of every estimator's figure for a year: a line from lowest to highest, a dot each. */
export interface SpreadMark {
	year: number;
	x: number;
	yLow: number;
	yHigh: number;
	dots: { estimator: string; y: number }[];
}
