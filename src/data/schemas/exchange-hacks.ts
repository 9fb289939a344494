/**
 * data/exchange-hacks.json: one record per theft from an exchange or platform attributed to (or,
 * for a few, suspected of or disputed as) North Korea-linked hackers, with where the victim was
 * headquartered. Incidents without a location keep null coordinates; they are never dropped.
 */
import * as v from 'valibot';
import {
	isoPartialDate,
	latitude,
	longitude,
	slug,
	sources,
	text,
	usd,
	verification
} from '../fields.ts';

const HACK_KINDS = ['centralized-exchange', 'defi-bridge', 'wallet', 'payment-other'] as const;
const ATTRIBUTION_LEVELS = ['official', 'analytics-firm', 'suspected', 'disputed'] as const;
/** "city": the city itself is sourced; "capital-placeholder": only the country is, and its capital stands in. */
const LOCATION_PRECISIONS = ['city', 'capital-placeholder', 'none'] as const;

const DATE_LENGTH = { day: 10, month: 7, year: 4 } as const;

export const exchangeHack = v.pipe(
	v.strictObject(
		{
			id: slug,
			platform: text("the platform's name"),
			kind: v.picklist(HACK_KINDS, `a kind: ${HACK_KINDS.join(', ')}`),
			category: text('what the platform is, in words'),
			date: isoPartialDate,
			datePrecision: v.picklist(['day', 'month', 'year'], '"day", "month" or "year"'),
			dateNote: v.optional(text('a note on the date')),
			/** US dollars at the time of the theft; null when no source gives a figure. */
			usd: v.nullable(usd),
			/** Lowest and highest amounts reported, where sources disagree. */
			usdRange: v.optional(
				v.pipe(
					v.tuple([usd, usd], 'a range [low, high] in US dollars'),
					v.check(([lo, hi]) => lo <= hi, 'a range [low, high] with low no greater than high')
				)
			),
			amountNote: text('what the sources report about the amount'),
			city: v.nullable(text('a city, or null')),
			country: v.nullable(text('a country, or null')),
			lat: v.nullable(latitude),
			lon: v.nullable(longitude),
			locationPrecision: v.picklist(
				LOCATION_PRECISIONS,
				`a location precision: ${LOCATION_PRECISIONS.join(', ')}`
			),
			locationNote: v.optional(text('a note on the location')),
			attribution: text('who attributed the theft, and how'),
			attributionLevel: v.picklist(
				ATTRIBUTION_LEVELS,
				`an attribution level: ${ATTRIBUTION_LEVELS.join(', ')}`
			),
			note: v.optional(text('a note')),
			verification,
			sources
		},
		'an incident with only the documented fields'
	),
	v.forward(
		v.check(
			r => r.date.length === DATE_LENGTH[r.datePrecision],
			'a date as precise as datePrecision says'
		),
		['date']
	),
	v.forward(
		v.check(
			r =>
				(r.lat === null) === (r.lon === null) &&
				(r.lat === null) === (r.locationPrecision === 'none'),
			'lat and lon both set with a located precision, or both null with locationPrecision "none"'
		),
		['lat']
	),
	v.forward(
		v.check(
			r => r.usd === null || !r.usdRange || (r.usd >= r.usdRange[0] && r.usd <= r.usdRange[1]),
			'a headline usd inside usdRange'
		),
		['usd']
	)
);

export type ExchangeHack = v.InferOutput<typeof exchangeHack>;
export type HackKind = (typeof HACK_KINDS)[number];
export type AttributionLevel = (typeof ATTRIBUTION_LEVELS)[number];
