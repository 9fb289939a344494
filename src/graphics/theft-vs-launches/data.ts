/**
 * What the theft-vs-launches graphic draws, derived from the records: the main theft series, the
 * missiles per year on the same years, each year's range across estimators, and which launch
 * year is still incomplete. Every figure comes from src/data/derive/ (the rules the copy and the
 * tables use too). Pure; the story binds it to the real data, tests to fixtures.
 */
import { launchesByYear, launchSpan } from '../../data/derive/launches.ts';
import { theftSpreads } from '../../data/derive/spread.ts';
import { latestByYear } from '../../data/derive/theft.ts';
import type { MissileLaunch, TheftEstimate } from '../../data/types.ts';
import type { TheftVsLaunchesData } from './state.ts';

export function theftVsLaunchesData(
	estimates: readonly TheftEstimate[],
	launches: readonly MissileLaunch[]
): TheftVsLaunchesData {
	const theft = latestByYear(estimates);
	const span = launchSpan(launches);
	const first = Math.min(...theft.map(d => d.year));
	const last = Math.max(span.lastYear, ...theft.map(d => d.year));
	return {
		years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
		theft,
		launches: launchesByYear(launches, first, last),
		spreads: theftSpreads(estimates),
		partialYear: span.partialYear
	};
}
