/**
 * What a step of the copy may ask of the `theft-vs-launches` graphic (its `state.*` keys).
 * Build-time schema; the inferred type is what the state function takes.
 */
import * as v from 'valibot';
import { yearList } from '../view-fields.ts';

export const theftVsLaunchesView = v.strictObject(
	{
		/** Years to pick out; the others are dimmed. Omitted: every year at full strength. */
		highlight: v.optional(yearList)
	},
	'only the state keys this graphic knows: highlight'
);

export type TheftVsLaunchesView = v.InferOutput<typeof theftVsLaunchesView>;
