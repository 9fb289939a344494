/**
 * What a step of the copy may ask of the `exchange-map` graphic (its `state.*` keys).
 * Build-time schema; the inferred type is what the state function takes.
 */
import * as v from 'valibot';
import { idList, label, yearRange } from '../view-fields.ts';
import { REGION_NAMES } from './regions.ts';

export const exchangeMapView = v.strictObject(
	{
		/** Where the map looks: world (default), east-asia, asia, europe or gulf. */
		region: v.optional(v.picklist(REGION_NAMES, `a region: ${REGION_NAMES.join(', ')}`)),
		/** The years whose thefts are shown, e.g. "2017-2019". Default: every year. */
		years: v.optional(yearRange),
		/** Incidents (ids in exchange-hacks.json) to pick out and label. */
		highlight: v.optional(idList),
		/** A short annotation. */
		note: v.optional(label)
	},
	'only the state keys this graphic knows: region, years, highlight, note'
);

export type ExchangeMapView = v.InferOutput<typeof exchangeMapView>;
