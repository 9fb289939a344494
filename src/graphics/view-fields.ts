/**
 * Field schemas for a step's `state.*` keys in the copy. ArchieML gives every value as a string,
 * so each field parses the string a copy editor would type ("2018, 2022", "yes") into the value
 * the state functions take. Build-time only: used when the copy is validated.
 */
import * as v from 'valibot';

const YEAR_LIST = /^\s*\d{4}(?:\s*,\s*\d{4})*\s*$/;

/** "2018" or "2018, 2022" → [2018, 2022]. */
export const yearList = v.pipe(
	v.string('a year or a comma-separated list of years, like "2018, 2022"'),
	v.regex(YEAR_LIST, 'a year or a comma-separated list of years, like "2018, 2022"'),
	v.transform(s => s.split(',').map(y => Number(y.trim())))
);

/** "yes"/"no" (also "true"/"false") → boolean. */
export const yesNo = v.pipe(
	v.picklist(['yes', 'no', 'true', 'false'], '"yes" or "no"'),
	v.transform(s => s === 'yes' || s === 'true')
);
