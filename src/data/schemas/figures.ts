/**
 * data/figures.json: single figures the copy cites that belong to no other dataset (the CNS
 * counting rule's thresholds), each with its unit and source, so the copy never types a number.
 */
import * as v from 'valibot';
import { slug, sources, text, verification } from '../fields.ts';

const FIGURE_UNITS = ['kilograms', 'kilometers', 'count', 'usd', 'percent'] as const;

export const storyFigure = v.strictObject(
	{
		id: slug,
		value: v.pipe(v.number('a number'), v.finite('a finite number')),
		unit: v.picklist(FIGURE_UNITS, `a unit: ${FIGURE_UNITS.join(', ')}`),
		label: text('what the figure is'),
		verification,
		sources
	},
	'a figure with only the documented fields'
);

export type StoryFigure = v.InferOutput<typeof storyFigure>;
