/**
 * What a step of the copy may ask of the `monthly-pace` graphic (its `state.*` keys).
 * Build-time schema; the inferred type is what the state function takes.
 */
import * as v from 'valibot';
import { dayRange, idList, isoMonth, label, monthList } from '../view-fields.ts';

export const monthlyPaceView = v.strictObject(
	{
		/** First and last month on the axis ("2022-01"); the axis zooms between steps. */
		from: v.optional(isoMonth),
		to: v.optional(isoMonth),
		/** Months whose bars to pick out. */
		highlight: v.optional(monthList),
		/** Incidents (ids in exchange-hacks.json) to pick out and label. */
		heists: v.optional(idList),
		/** A span to shade, "2023-07-28..2024-01-26", with a label. */
		window: v.optional(dayRange),
		windowlabel: v.optional(label),
		/** A short annotation beside the first highlighted month. */
		note: v.optional(label)
	},
	'only the state keys this graphic knows: from, to, highlight, heists, window, windowlabel, note'
);

export type MonthlyPaceView = v.InferOutput<typeof monthlyPaceView>;
