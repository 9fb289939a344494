/**
 * Field schemas for a step's `state.*` keys in the copy. ArchieML gives every value as a string,
 * so each field parses what a copy editor types ("2018, 2022", "yes", "2016-2025") into the value
 * the state functions take. Build-time only: used when the copy is validated.
 */
import * as v from 'valibot';

const YEAR_LIST = /^\s*\d{4}(?:\s*,\s*\d{4})*\s*$/;
const YEAR_RANGE = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY_RANGE = /^\s*(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})\s*$/;
const ID_LIST = /^\s*[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*\s*$/;

/** "2018" or "2018, 2022" → [2018, 2022]. */
export const yearList = v.pipe(
	v.string('a year or a comma-separated list of years, like "2018, 2022"'),
	v.regex(YEAR_LIST, 'a year or a comma-separated list of years, like "2018, 2022"'),
	v.transform(s => s.split(',').map(y => Number(y.trim())))
);

/** "2016-2025" → [2016, 2025]. */
export const yearRange = v.pipe(
	v.string('a range of years, like "2016-2025"'),
	v.regex(YEAR_RANGE, 'a range of years, like "2016-2025"'),
	v.transform(
		s => (YEAR_RANGE.exec(s) as RegExpExecArray).slice(1, 3).map(Number) as [number, number]
	),
	v.check(([a, b]) => a <= b, 'a range of years from the earlier to the later')
);

/** "2022-01" → "2022-01" (a month, UTC). */
export const isoMonth = v.pipe(
	v.string('a month, like "2022-01"'),
	v.trim(),
	v.regex(MONTH, 'a month, like "2022-01"')
);

/** "2022-01, 2022-11" → ["2022-01", "2022-11"]. */
export const monthList = v.pipe(
	v.string('a month or a comma-separated list of months, like "2022-01, 2022-11"'),
	v.transform(s => s.split(',').map(m => m.trim())),
	v.check(
		ms => ms.every(m => MONTH.test(m)),
		'a month or a comma-separated list of months, like "2022-01, 2022-11"'
	)
);

/** "2023-07-28..2024-01-26" → ["2023-07-28", "2024-01-26"]. */
export const dayRange = v.pipe(
	v.string('a range of dates, like "2023-07-28..2024-01-26"'),
	v.regex(DAY_RANGE, 'a range of dates, like "2023-07-28..2024-01-26"'),
	v.transform(s => (DAY_RANGE.exec(s) as RegExpExecArray).slice(1, 3) as [string, string]),
	v.check(([a, b]) => a <= b, 'a range of dates from the earlier to the later')
);

/** "ronin-2022-03, harmony-2022-06" → ids (checked against the data by the copy validator). */
export const idList = v.pipe(
	v.string('an id or a comma-separated list of ids'),
	v.regex(ID_LIST, 'an id or a comma-separated list of ids'),
	v.transform(s => s.split(',').map(id => id.trim()))
);

/** "yes"/"no" (also "true"/"false") → boolean. */
export const yesNo = v.pipe(
	v.picklist(['yes', 'no', 'true', 'false'], '"yes" or "no"'),
	v.transform(s => s === 'yes' || s === 'true')
);

/** Free text shown on the graphic (placeholders are filled before this runs). */
export const label = v.pipe(
	v.string('a short text'),
	v.trim(),
	v.nonEmpty('a short text'),
	v.maxLength(140, 'a text of at most 140 characters')
);
