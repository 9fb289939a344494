/**
 * What a step of the copy may ask of the `launch-site-map` graphic (its `state.*` keys).
 * Build-time schema; the inferred type is what the state function takes.
 */
import * as v from 'valibot';
import { idList, label, yearRange } from '../view-fields.ts';

export const launchSiteMapView = v.strictObject(
	{
		/** The years whose launches are counted, e.g. "2022-2022". Default: every year. */
		years: v.optional(yearRange),
		/** Sites (ids in launch-sites.json) to pick out and name. */
		highlight: v.optional(idList),
		/** A short annotation. */
		note: v.optional(label)
	},
	'only the state keys this graphic knows: years, highlight, note'
);

export type LaunchSiteMapView = v.InferOutput<typeof launchSiteMapView>;
