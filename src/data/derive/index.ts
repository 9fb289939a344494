/**
 * Every figure the story states, derived once from a validated dataset: what the copy's
 * placeholders (src/story/placeholders.ts) read. Each figure has one rule, in one file of this
 * folder, documented there:
 *   theft.ts        the main yearly theft series (Chainalysis, latest full-year vintage per year)
 *   spread.ts       a year's range across estimators
 *   launches.ts     missiles per year, per month and between two dates; the span of the records
 *   pairs.ts        the years the scatter plot pairs, and correlation.ts: r, n, df, p over them
 *   hacks.ts        counts of thefts (confirmed ones only; reported ones apart), their ranking
 *   sites.ts        missiles per launch site and year; sites used in a span
 * The graphics call the same functions on the datasets they receive (src/graphics/<id>/data.ts),
 * not this object: a graphic's chunk must carry only what it draws, not the whole dataset.
 * Pure; the result is deep-frozen.
 */
import type { Dataset } from '../dataset.ts';
import { deepFreeze } from '../freeze.ts';
import type { ExchangeHack, TheftEstimate } from '../types.ts';
import { theftLaunchCorrelation, type TheftLaunchCorrelation } from './correlation.ts';
import { hackCounts, hacksThrough, rankedThefts, type HackCounts } from './hacks.ts';
import {
	launchesByYear,
	launchSpan,
	preliminaryLaunches,
	recordMonth,
	type LaunchCount,
	type LaunchSpan,
	type MonthCount,
	type YearCount
} from './launches.ts';
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
	/** The month with the most missiles; the preliminary records counted together. */
	recordMonth: MonthCount | null;
	preliminary: LaunchCount & { firstYear: number | null };
	hacks: HackCounts;
	/** Confirmed thefts with a dollar figure, largest first: what "largest" means in the copy. */
	ranked: readonly ExchangeHack[];
	/** The date of the latest theft in the list (ISO). */
	hacksThrough: string;
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
		recordMonth: recordMonth(data.missileLaunches),
		preliminary: preliminaryLaunches(data.missileLaunches),
		hacks: hackCounts(data.exchangeHacks),
		ranked: rankedThefts(data.exchangeHacks),
		hacksThrough: hacksThrough(data.exchangeHacks),
		sites: siteUse(data.missileLaunches, data.launchSites)
	});
}
