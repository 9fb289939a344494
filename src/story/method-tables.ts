/**
 * The methodology's tables, as rows of text: every theft estimate by year and estimator (with
 * earlier vintages), other sources' missile counts beside the CNS count for the same period, and
 * the records only reported, not confirmed.
 * Pure; the Method component only lays these out.
 */
import { launchesIn } from '../data/derive/launches.ts';
import { latestByEstimator, latestByYear } from '../data/derive/theft.ts';
import type { ExchangeHack as FullHack } from '../data/schemas/exchange-hacks.ts';
import type { MissileCount, MissileLaunch, TheftEstimate } from '../data/types.ts';
import { apDate, count, usd } from '../lib/format.ts';

/** One row of the estimates table: one estimate, as its estimator published it. */
export interface EstimateRow {
	year: number;
	estimator: string;
	figure: string;
	published: string;
	/** "in the charts", "latest", "earlier estimate", "part of the year (…)", plus "chart reading". */
	status: string;
}

/** "about $850M", "$630M–$1bn", "more than $2bn" … as the source phrased it. */
export function phrase(e: TheftEstimate): string {
	const v = usd(e.usd);
	switch (e.qualifier) {
		case 'about':
			return `about ${v}`;
		case 'more-than':
			return `more than ${v}`;
		case 'at-least':
			return `at least ${v}`;
		case 'up-to':
			return e.usdHigh === undefined ? `up to ${v}` : `${v}, up to ${usd(e.usdHigh)}`;
		case 'range':
			return `${v}\u2013${usd(e.usdHigh ?? e.usd)}`;
		default:
			return v;
	}
}

function status(
	e: TheftEstimate,
	latest: ReadonlySet<TheftEstimate>,
	main: ReadonlySet<TheftEstimate>
): string {
	const base =
		e.coverage === 'partial-year'
			? `part of the year (${e.coverageNote})`
			: main.has(e)
				? 'in the charts'
				: latest.has(e)
					? 'latest'
					: 'earlier estimate';
	const read = e.approximate ? `${base}; read off a chart` : base;
	return e.verification === 'reported' ? `${read}; reported, not confirmed (not counted)` : read;
}

/**
 * Every estimate, year by year (newest year first), each estimator's figures in the order they
 * were published. `latest` and `main` say which figures are each estimator's latest full-year
 * one and which the charts use (from src/data/derive/theft.ts).
 */
export function estimatesTable(
	estimates: readonly TheftEstimate[],
	latest: readonly TheftEstimate[],
	main: readonly TheftEstimate[]
): EstimateRow[] {
	const latestSet = new Set(latest);
	const mainSet = new Set(main);
	return [...estimates]
		.sort(
			(a, b) =>
				b.year - a.year ||
				a.estimator.localeCompare(b.estimator) ||
				a.vintage.localeCompare(b.vintage)
		)
		.map(e => ({
			year: e.year,
			estimator: e.estimator,
			figure: phrase(e),
			published: apDate(e.vintage),
			status: status(e, latestSet, mainSet)
		}));
}

export interface CountRow {
	counter: string;
	period: string;
	count: string;
	counted: string;
	/** CNS's count of missiles for the same dates, from the launch records. */
	cns: string;
}

export function countsTable(
	counts: readonly MissileCount[],
	launches: readonly MissileLaunch[]
): CountRow[] {
	return counts.map(c => ({
		counter: c.counter,
		period: `${apDate(c.periodStart)} \u2013 ${apDate(c.periodEnd)}`,
		count: `${c.qualifier === 'at-least' ? 'at least ' : ''}${count(c.count)}`,
		counted: c.counted,
		cns: count(launchesIn(launches, c.periodStart, c.periodEnd).missiles)
	}));
}

/** One record reported but not confirmed, as the methodology lists it. */
export interface ReportedRow {
	/** What it is: a theft, an estimate. */
	what: string;
	date: string;
	figure: string;
	/** Where it was found (the publishers of its sources). */
	found: string;
}

/**
 * Every record that is only reported, not confirmed, in any dataset: listed so a reader sees what
 * the story leaves out of its totals, and why (src/data/fields.ts `verification`).
 */
export function reportedTable(dataset: {
	exchangeHacks: readonly FullHack[];
	theftByYear: readonly TheftEstimate[];
}): ReportedRow[] {
	const found = (sources: readonly { publisher: string }[]) =>
		sources.map(s => s.publisher).join('; ');
	return [
		...dataset.exchangeHacks
			.filter(h => h.verification === 'reported')
			.map(h => ({
				what: `Theft from ${h.platform}`,
				date: apDate(h.date),
				figure: h.usd === null ? 'not reported' : `about ${usd(h.usd)}`,
				found: found(h.sources)
			})),
		...dataset.theftByYear
			.filter(e => e.verification === 'reported')
			.map(e => ({
				what: `${e.estimator}'s estimate for ${e.year}${e.coverageNote ? ` (${e.coverageNote})` : ''}`,
				date: apDate(e.vintage),
				figure: phrase(e),
				found: found(e.sources)
			}))
	];
}

/** The tables from the whole dataset: what the build writes into `virtual:method`. */
export function methodTables(dataset: {
	theftByYear: readonly TheftEstimate[];
	missileCounts: readonly MissileCount[];
	missileLaunches: readonly MissileLaunch[];
	exchangeHacks: readonly FullHack[];
}): { estimates: EstimateRow[]; counts: CountRow[]; reported: ReportedRow[] } {
	const { theftByYear, missileCounts, missileLaunches } = dataset;
	return {
		reported: reportedTable(dataset),
		estimates: estimatesTable(
			theftByYear,
			[...latestByEstimator(theftByYear).values()].flat(),
			latestByYear(theftByYear)
		),
		counts: countsTable(missileCounts, missileLaunches)
	};
}
