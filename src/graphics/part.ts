/**
 * A graphic's chunk, as the registry loads it: the component that draws it, its data (computed
 * once per page from src/data) and its data table for a step. Each `src/graphics/<id>/part.ts`
 * default-exports one, made with `graphicPart`.
 */
import type { Component } from 'svelte';
import type { DataTable } from '../lib/table.ts';
import type { MapProps } from './props.ts';

export interface GraphicPart<View, Data, Shapes> {
	/** Draws the graphic at a step (maps also take their shapes as they load). */
	component: Component<MapProps<View, Data, Shapes>>;
	data: Data;
	/** The numbers the graphic shows at a step, as a table. */
	table: (view: View) => DataTable;
}

/** A chunk of any graphic, as the one component that draws a step's graphic sees it. */
export type AnyGraphicPart = GraphicPart<unknown, unknown, unknown>;

/** Types a graphic's chunk (and checks that its component, data and table fit together). */
export function graphicPart<View, Data, Shapes = never>(
	part: GraphicPart<View, Data, Shapes>
): GraphicPart<View, Data, Shapes> {
	return part;
}
