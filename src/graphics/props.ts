/** The props every graphic takes: the step it shows, what the step asks, its data, its size, its text alternative. */
import type { Size } from '../lib/box.ts';
import type { ShapeStatus } from './geo/shapes.svelte.ts';

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

/** A map's props: a graphic's, and its shapes as they load (its symbols are drawn before). */
export interface MapProps<View, Data, Shapes> extends GraphicProps<View, Data> {
	/** The map's shapes, once loaded. */
	shapes?: Shapes | null;
	/** Where the shapes' download stands, for the map's message. */
	shapeStatus?: ShapeStatus;
	/** Asks for the shapes again after a failure. */
	onretry?: () => void;
}

/** The furniture of a graphic on every surface: its title, Source line and optional Note line. */
export interface GraphicCopy<Id extends string = string> {
	id: Id;
	title: string;
	source: string;
	note?: string;
}
