/** data/launch-sites.json: the launch facilities of the CNS database, with coordinates. */
import * as v from 'valibot';
import { latitude, longitude, slug, sources, text, verification } from '../fields.ts';

export const launchSite = v.strictObject(
	{
		id: slug,
		name: text("the site's name"),
		lat: latitude,
		lon: longitude,
		/** "placeholder": coordinates that stand for an unknown site; such a site is not mapped. */
		locationPrecision: v.picklist(['facility', 'placeholder'], '"facility" or "placeholder"'),
		note: v.optional(text('a note')),
		verification,
		sources
	},
	'a launch site with only the documented fields'
);

export type LaunchSite = v.InferOutput<typeof launchSite>;
