/**
 * data/theft-by-year.json: one estimate of one year's theft by one estimator, with its vintage.
 * Build-time only, like every schema; the app uses the inferred type.
 */
import * as v from 'valibot';
import { count, isoPartialDate, slug, sources, text, usd, year, verification } from '../fields.ts';

const ESTIMATORS = [
	'Chainalysis',
	'TRM Labs',
	'Elliptic',
	'UN Panel of Experts',
	'MSMT',
	'South Korea NIS',
	'US State Department'
] as const;

/**
 * How the source phrased the figure: "$522 million" (stated), "about $850 million", "more than
 * $2 billion", "at least", "up to" (with `usdHigh`), or a range (`usd` to `usdHigh`).
 */
export const QUALIFIERS = ['stated', 'about', 'at-least', 'more-than', 'up-to', 'range'] as const;

/** Whether the figure covers the whole calendar year or only part of it (year to date, a half). */
const COVERAGE = ['full-year', 'partial-year'] as const;

/** One estimate of the crypto stolen by North Korea-linked hackers in one year, by one estimator. */
export const theftEstimate = v.pipe(
	v.strictObject(
		{
			id: slug,
			year,
			estimator: v.picklist(ESTIMATORS, `one of the estimators: ${ESTIMATORS.join(', ')}`),
			usd,
			usdHigh: v.optional(usd),
			qualifier: v.picklist(QUALIFIERS, `one of: ${QUALIFIERS.join(', ')}`),
			incidents: v.nullable(count),
			coverage: v.picklist(COVERAGE, `one of: ${COVERAGE.join(', ')}`),
			coverageNote: v.optional(text('what part of the year is covered')),
			vintage: isoPartialDate,
			approximate: v.boolean('true or false (is the figure read off a chart?)'),
			note: v.optional(text('a note')),
			verification,
			sources
		},
		'a theft estimate with only the documented fields'
	),
	v.forward(
		v.check(
			r => r.usdHigh === undefined || r.usdHigh >= r.usd,
			'an upper bound no smaller than usd'
		),
		['usdHigh']
	),
	v.forward(
		v.check(
			r => r.coverage === 'full-year' || r.coverageNote !== undefined,
			'a coverageNote saying which part of the year a partial-year figure covers'
		),
		['coverageNote']
	)
);

export type TheftEstimate = v.InferOutput<typeof theftEstimate>;
export type Estimator = (typeof ESTIMATORS)[number];
