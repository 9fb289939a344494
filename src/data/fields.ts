/**
 * Field schemas shared by every data file: dates, money, coordinates, sources.
 *
 * Each schema's message is written as what was *expected* ("an ISO date (YYYY-MM-DD)"), because
 * `validate.ts` prints it after "expected" and prints the value it found after "found".
 * Build-time only: the browser never ships these (see src/build/dataset-plugin.ts).
 */
import * as v from 'valibot';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** True when `s` names a real calendar day (rejects 2019-13-01 and 2023-02-30). */
function isRealDay(s: string): boolean {
	const [y, m, d] = s.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True when every part present (month, day) is in range. */
function isRealPartial(s: string): boolean {
	const parts = s.split('-');
	if (parts.length === 3) return isRealDay(s);
	if (parts.length === 2) return Number(parts[1]) >= 1 && Number(parts[1]) <= 12;
	return true;
}

export const text = (what = 'a non-empty string') =>
	v.pipe(v.string(what), v.trim(), v.nonEmpty(what));

/** A calendar day, UTC: 2022-03-23. */
export const isoDay = v.pipe(
	v.string('an ISO date (YYYY-MM-DD)'),
	v.regex(ISO_DAY, 'an ISO date (YYYY-MM-DD)'),
	v.check(isRealDay, 'a real calendar date (YYYY-MM-DD)')
);

/** A day, a month or a year, for sources and incidents whose date is only known that precisely. */
export const isoPartialDate = v.pipe(
	v.string('an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
	v.regex(ISO_PARTIAL, 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
	v.check(isRealPartial, 'a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD)')
);

export const year = v.pipe(
	v.number('a year (a whole number)'),
	v.integer('a year (a whole number)'),
	v.minValue(1980, 'a year from 1980 on'),
	v.maxValue(2100, 'a year before 2100')
);

/** US dollars at the time: finite and not negative. */
export const usd = v.pipe(
	v.number('an amount in US dollars (a number)'),
	v.finite('an amount in US dollars (a finite number)'),
	v.minValue(0, 'a non-negative amount in US dollars')
);

export const count = v.pipe(
	v.number('a count (a whole number, or null where allowed)'),
	v.integer('a count (a whole number)'),
	v.minValue(0, 'a non-negative count')
);

/** Only http(s) addresses: a `javascript:` or `data:` URL in a source must never become a link. */
const httpUrl = v.pipe(
	v.string('an http(s) URL'),
	v.check(s => {
		try {
			const u = new URL(s);
			return u.protocol === 'http:' || u.protocol === 'https:';
		} catch {
			return false;
		}
	}, 'an http(s) URL')
);

/** Record ids are URL- and attribute-safe slugs: they appear in hashes and `data-*` hooks. */
export const slug = v.pipe(
	v.string('an id (lowercase letters, digits and hyphens)'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id (lowercase letters, digits and hyphens)')
);

/**
 * Where a figure was read: the original publisher, the title, its date, and the address where we
 * read it. `readVia` names the outlet when that address is a copy or a re-publication.
 */
export const source = v.strictObject(
	{
		publisher: text('the original publisher'),
		title: text('the title of the publication'),
		date: isoPartialDate,
		url: httpUrl,
		readVia: v.optional(text('the outlet where the copy was read'))
	},
	'a source { publisher, title, date, url, readVia? } with no other fields'
);

/**
 * How far a record is established. "confirmed": a primary source (a government, the platform
 * itself, the estimator's own publication) or a major outlet's own reporting says so. "reported":
 * found only in secondary or automated sources (aggregators, AI-written sites, link lists, a
 * compiler's file whose dates disagree). Reported records stay in the data and the downloads and
 * are drawn distinctly, but never count in totals, rankings or superlatives.
 */
export const VERIFICATION_LEVELS = ['confirmed', 'reported'] as const;
export const verification = v.picklist(
	VERIFICATION_LEVELS,
	'"confirmed" (a primary source or a major outlet) or "reported" (not confirmed yet)'
);
export type Verification = (typeof VERIFICATION_LEVELS)[number];

export const sources = v.pipe(
	v.array(source, 'a list of sources'),
	v.minLength(1, 'at least one source')
);

export type Source = v.InferOutput<typeof source>;

export const latitude = v.pipe(
	v.number('a latitude in degrees'),
	v.minValue(-90, 'a latitude between -90 and 90'),
	v.maxValue(90, 'a latitude between -90 and 90')
);

export const longitude = v.pipe(
	v.number('a longitude in degrees'),
	v.minValue(-180, 'a longitude between -180 and 180'),
	v.maxValue(180, 'a longitude between -180 and 180')
);
