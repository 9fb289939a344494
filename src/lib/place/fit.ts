/**
 * Fitting one line of text between two edges: a label centred on its mark when it fits, else
 * flush against the edge it would cross. Pure.
 */
import { textWidth } from './measure.ts';

export interface Fitted {
	x: number;
	anchor: 'start' | 'middle' | 'end';
}

/**
 * Where to put a label centred on `x` so that it stays between `left` and `right`.
 * @param weight the font weight the label is drawn in (bold labels run wider)
 */
export function fitLabel(
	x: number,
	text: string,
	fontSize: number,
	left: number,
	right: number,
	weight = 400
): Fitted {
	const half = textWidth(text, fontSize, weight) / 2;
	if (x + half > right) return { x: right, anchor: 'end' };
	if (x - half < left) return { x: left, anchor: 'start' };
	return { x, anchor: 'middle' };
}
