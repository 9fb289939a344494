/**
 * data/theft-period-estimates.json: what estimators said about more than one year at once
 * (totals such as the UN panel's "$3bn, 2017–2023"), shares ("about half of foreign-currency
 * income") and context figures, each with who said it and on whose authority.
 */
import * as v from 'valibot';
import { count, isoPartialDate, slug, sources, text, usd, verification } from '../fields.ts';
import { QUALIFIERS } from './theft-by-year.ts';

const common = {
	id: slug,
	saidBy: text('who said it'),
	/** Whose figure the speaker relied on ("one member state"), when they say. */
	citing: v.optional(text('whose figure it is')),
	periodLabel: text('the period, in words'),
	qualifier: v.picklist(QUALIFIERS, `one of: ${QUALIFIERS.join(', ')}`),
	claim: text('the claim, quoted or paraphrased'),
	vintage: isoPartialDate,
	verification,
	sources
};

const total = v.strictObject(
	{
		...common,
		kind: v.literal('total'),
		periodStart: v.nullable(isoPartialDate),
		periodEnd: isoPartialDate,
		usd,
		incidents: v.nullable(count)
	},
	'a total with only the documented fields'
);

const share = v.strictObject(
	{
		...common,
		kind: v.literal('share'),
		share: v.pipe(
			v.number('a share between 0 and 1'),
			v.minValue(0, 'a share between 0 and 1'),
			v.maxValue(1, 'a share between 0 and 1')
		),
		shareOf: text('what it is a share of')
	},
	'a share with only the documented fields'
);

const context = v.strictObject(
	{ ...common, kind: v.literal('context'), usd },
	'a context figure with only the documented fields'
);

export const periodEstimate = v.variant(
	'kind',
	[total, share, context],
	'a kind: "total", "share" or "context"'
);

export type PeriodEstimate = v.InferOutput<typeof periodEstimate>;
