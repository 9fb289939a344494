/**
 * Theft and launches side by side, one pair per year: what the scatter plot draws and what the
 * correlation is computed from (src/data/derive/correlation.ts).
 *
 * The rule: a year is paired when it has a figure in the main theft series (Chainalysis, latest
 * full-year vintage: src/data/derive/theft.ts) and lies within the launch records, from the year
 * of the first launch to the year of the latest. A year inside that span with no launch is a
 * real zero (2018); a year after the latest record is not paired (no records is not zero
 * launches). Pure.
 */
import type { MissileLaunch, TheftEstimate } from '../types.ts';
import { launchesByYear, launchSpan } from './launches.ts';
import { latestByYear } from './theft.ts';

export interface YearPair {
	year: number;
	/** Dollars stolen (the main series). */
	usd: number;
	/** Missiles launched (CNS counting rule). */
	missiles: number;
	/** The theft figure was read off a chart. */
	approximate: boolean;
	/** Some of the year's launch records are preliminary. */
	preliminary: boolean;
}

/** The paired years, in order. */
export function theftLaunchPairs(
	estimates: readonly TheftEstimate[],
	launches: readonly MissileLaunch[]
): YearPair[] {
	const { firstYear, lastYear } = launchSpan(launches);
	const byYear = new Map(launchesByYear(launches, firstYear, lastYear).map(y => [y.year, y]));
	return latestByYear(estimates).flatMap(t => {
		const l = byYear.get(t.year);
		return l
			? [
					{
						year: t.year,
						usd: t.usd,
						missiles: l.missiles,
						approximate: t.approximate,
						preliminary: l.preliminary > 0
					}
				]
			: [];
	});
}
