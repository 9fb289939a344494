/**
 * data/missile-counts-other-sources.json: launch counts published by others (governments, the UN
 * panel, news organisations), kept to show how much the count depends on what is counted.
 */
import * as v from 'valibot';
import { count, isoDay, slug, sources, text, verification } from '../fields.ts';
import { QUALIFIERS } from './theft-by-year.ts';

const COUNT_UNITS = [
	'missiles',
	'ballistic missiles',
	'ICBMs',
	'launches',
	'launch events'
] as const;

export const missileCount = v.pipe(
	v.strictObject(
		{
			id: slug,
			counter: text('who counted'),
			periodStart: isoDay,
			periodEnd: isoDay,
			periodLabel: text('the period, in words'),
			count,
			unit: v.picklist(COUNT_UNITS, `a unit: ${COUNT_UNITS.join(', ')}`),
			/** What was counted, in the source's own terms. */
			counted: text('what was counted'),
			qualifier: v.picklist(QUALIFIERS, `one of: ${QUALIFIERS.join(', ')}`),
			scope: v.optional(text('the scope')),
			note: v.optional(text('a note')),
			verification,
			sources
		},
		'a count with only the documented fields'
	),
	v.forward(
		v.check(r => r.periodStart <= r.periodEnd, 'a periodEnd no earlier than periodStart'),
		['periodEnd']
	)
);

export type MissileCount = v.InferOutput<typeof missileCount>;
