/**
 * Every figure the story states, derived once from a validated dataset: what the copy's
 * placeholders (src/story/placeholders.ts) read. Each figure has one rule, in one file of this
 * folder, documented there:
 *   theft.ts        the main yearly theft series (Chainalysis, latest full-year vintage per year)
 *   spread.ts       a year's range across estimators
 *   launches.ts     missiles per year, per month and between two dates; the span of the records
 *   pairs.ts        the years the scatter plot pairs, and correlation.ts: r, n, df, p over them
 *   hacks.ts        counts of thefts: total, located, unlocated, disputed
 *   sites.ts        missiles per launch site and year; sites used in a span
 * The graphics call the same functions on the datasets they receive (src/graphics/<id>/data.ts),
 * not this object: a graphic's chunk must carry only what it draws, not the whole dataset.
 * Pure; the result is deep-frozen.
 */
import type { Dataset } from '../dataset.ts';
import { deepFreeze } from '../freeze.ts';
import type { TheftEstimate } from '../types.ts';
import { theftLaunchCorrelation, type TheftLaunchCorrelation } from './correlation.ts';
import { hackCounts, type HackCounts } from './hacks.ts';
import { launchesByYear, launchSpan, type LaunchSpan, type YearCount } from './launches.ts';
import { theftLaunchPairs, type YearPair } from './pairs.ts';
import { siteUse, type SiteUse } from './sites.ts';
import { theftSpreads, type Spread } from './spread.ts';
import { latestByYear } from './theft.ts';

export interface Figures {
	/** The main yearly theft series. */
	theft: readonly TheftEstimate[];
	/** The range across estimators, for the years that have one. */
	spreads: ReadonlyMap<number, Spread>;
	/** What the launch records cover. */
	span: LaunchSpan;
	/** Missiles per year, every year of the span (zeros included). */
	years: readonly YearCount[];
	/** The years the scatter plot and the correlation pair, and the correlation. */
	pairs: readonly YearPair[];
	correlation: TheftLaunchCorrelation;
	hacks: HackCounts;
	sites: SiteUse;
}

export type FigureData = Pick<
	Dataset,
	'theftByYear' | 'missileLaunches' | 'launchSites' | 'exchangeHacks'
>;

export function deriveFigures(data: FigureData): Figures {
	const span = launchSpan(data.missileLaunches);
	const pairs = theftLaunchPairs(data.theftByYear, data.missileLaunches);
	return deepFreeze({
		theft: latestByYear(data.theftByYear),
		spreads: theftSpreads(data.theftByYear),
		span,
		years: launchesByYear(data.missileLaunches, span.firstYear, span.lastYear),
		pairs,
		correlation: theftLaunchCorrelation(pairs),
		hacks: hackCounts(data.exchangeHacks),
		sites: siteUse(data.missileLaunches, data.launchSites)
	});
}
