/**
 * What a step of the copy may ask of the `theft-vs-launches` graphic (its `state.*` keys).
 * Build-time schema; the inferred type is what the state function takes.
 */
import * as v from 'valibot';
import { label, yearList, yearRange, yesNo } from '../view-fields.ts';

export const theftVsLaunchesView = v.strictObject(
	{
		/** "theft" (the dollar panel alone) or "both" (dollars above, missiles below). Default: both. */
		show: v.optional(v.picklist(['theft', 'both'], '"theft" or "both"')),
		/** The years across the axis, e.g. "2016-2025". Default: every year with theft data. */
		years: v.optional(yearRange),
		/** Years to pick out; the others are dimmed. Omitted: every year at full strength. */
		highlight: v.optional(yearList),
		/** Show the range of every estimator's figure on the dollar bars. */
		spread: v.optional(yesNo),
		/** A short annotation, placed at `noteyear` in `notepanel`. */
		note: v.optional(label),
		noteyear: v.optional(v.pipe(yearList, v.length(1, 'one year'))),
		notepanel: v.optional(v.picklist(['theft', 'launches'], '"theft" or "launches"'))
	},
	'only the state keys this graphic knows: show, years, highlight, spread, note, noteyear, notepanel'
);

export type TheftVsLaunchesView = v.InferOutput<typeof theftVsLaunchesView>;
