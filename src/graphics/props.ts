/** The props every graphic takes: the step it shows, what the step asks, its data, its size, its text alternative. */
import type { Size } from '../lib/box.ts';

export interface GraphicProps<View, Data> {
	/** The active step's id; the picture settles on it. */
	step: string;
	/** What the step asks of this graphic (its `state.*` keys, parsed). */
	view: View;
	data: Data;
	/** Measured size of the drawing area. */
	size: Size;
	/** Text alternative: what the graphic shows at this step. */
	alt: string;
}
