/**
 * Theft and launches side by side, one pair per year in which both are known: what the scatter
 * plot draws and what the correlation in the copy is computed from. Pure.
 */
import type { TheftEstimate } from '../types.ts';
import type { YearCount } from './launches.ts';

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

/** The years present in both series, in order. */
export function theftLaunchPairs(
	theft: readonly TheftEstimate[],
	launches: readonly YearCount[]
): YearPair[] {
	const byYear = new Map(launches.map(y => [y.year, y]));
	return theft.flatMap(t => {
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
