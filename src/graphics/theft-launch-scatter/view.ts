/**
 * What a step of the copy may ask of the `theft-launch-scatter` graphic (its `state.*` keys).
 * Build-time schema; the inferred type is what the state function takes.
 */
import * as v from 'valibot';
import { label, yearList, yesNo } from '../view-fields.ts';

export const theftLaunchScatterView = v.strictObject(
	{
		/** Years to pick out; the others are dimmed. */
		highlight: v.optional(yearList),
		/** Draw the line that joins the years in order. Default: yes. */
		connect: v.optional(yesNo),
		/** Show the correlation and how many years it rests on. */
		stat: v.optional(yesNo),
		/** A short annotation beside the first highlighted year. */
		note: v.optional(label)
	},
	'only the state keys this graphic knows: highlight, connect, stat, note'
);

export type TheftLaunchScatterView = v.InferOutput<typeof theftLaunchScatterView>;
