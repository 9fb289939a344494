/**
 * What the theft-launch-scatter graphic draws: one point per year with both a theft figure and a
 * launch count, and the correlation between them, computed here (and cited by the copy through
 * the same functions). Pure.
 */
import { launchesByYear } from '../../data/derive/launches.ts';
import { theftLaunchPairs } from '../../data/derive/pairs.ts';
import { latestByYear } from '../../data/derive/theft.ts';
import type { MissileLaunch, TheftEstimate } from '../../data/types.ts';
import { pearson } from '../../lib/stats.ts';
import type { TheftLaunchScatterData } from './state.ts';

export function theftLaunchScatterData(
	estimates: readonly TheftEstimate[],
	launches: readonly MissileLaunch[]
): TheftLaunchScatterData {
	const theft = latestByYear(estimates);
	const years = theft.map(d => d.year);
	const pairs = theftLaunchPairs(
		theft,
		launchesByYear(launches, Math.min(...years), Math.max(...years))
	);
	const final = pairs.filter(p => !p.preliminary);
	const correlate = (set: typeof pairs) =>
		pearson(
			set.map(p => p.missiles),
			set.map(p => p.usd)
		);
	return { pairs, all: correlate(pairs), final: correlate(final) };
}
