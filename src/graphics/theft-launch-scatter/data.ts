/**
 * What the theft-launch-scatter graphic draws: one point per paired year and the correlation
 * between theft and launches, both from src/data/derive/ (pairs.ts, correlation.ts: the rules
 * the copy's `{stats.*}` read too). Pure.
 */
import { theftLaunchCorrelation } from '../../data/derive/correlation.ts';
import { theftLaunchPairs } from '../../data/derive/pairs.ts';
import type { MissileLaunch, TheftEstimate } from '../../data/types.ts';
import type { TheftLaunchScatterData } from './state.ts';

export function theftLaunchScatterData(
	estimates: readonly TheftEstimate[],
	launches: readonly MissileLaunch[]
): TheftLaunchScatterData {
	const pairs = theftLaunchPairs(estimates, launches);
	return { pairs, ...theftLaunchCorrelation(pairs) };
}
