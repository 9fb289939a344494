/**
 * What the theft-vs-launches graphic draws, derived from the records: the main theft series, the
 * missiles per year on the same years, every estimator's figure for the spread, and which launch
 * year is still incomplete. Pure; the story binds it to the real data, tests to fixtures.
 */
import { launchesByYear, latestLaunchDate } from '../../data/derive/launches.ts';
import { estimatorPoints, latestByYear } from '../../data/derive/theft.ts';
import type { MissileLaunch, TheftEstimate } from '../../data/types.ts';
import type { TheftVsLaunchesData } from './state.ts';

export function theftVsLaunchesData(
	estimates: readonly TheftEstimate[],
	launches: readonly MissileLaunch[]
): TheftVsLaunchesData {
	const theft = latestByYear(estimates);
	const latest = latestLaunchDate(launches);
	const first = Math.min(...theft.map(d => d.year));
	const last = Math.max(Number(latest.slice(0, 4)), ...theft.map(d => d.year));
	const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
	return {
		years,
		theft,
		launches: launchesByYear(launches, first, last),
		estimators: new Map(years.map(year => [year, estimatorPoints(estimates, year)])),
		partialYear: latest.endsWith('-12-31') ? null : Number(latest.slice(0, 4))
	};
}
