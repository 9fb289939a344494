/**
 * Ranges of years as a step names them ("2016-2025"), and the range a step means by naming none:
 * the one "all years" of the data module, the graphics and the tables. Pure.
 */

export type YearRange = readonly [number, number];

/** Every year: what a step that names no years shows. */
export const ALL_YEARS: YearRange = Object.freeze([0, 9999] as const);

/** True when `year` is within `range`, both ends included. */
export function inYears(year: number, [from, to]: YearRange): boolean {
	return year >= from && year <= to;
}
