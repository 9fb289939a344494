/**
 * A year's range across estimators (the "spread"): the one rule behind the copy's
 * `{theft.<year>.low}`/`.high`/`.estimators`, the theft chart's spread lines and dots, and the
 * "Range of all estimates" column of its table.
 *
 * The rule, for one year:
 *   - each estimator counts once, with its latest full-year figure for the year (latest vintage,
 *     as in the main series, src/data/derive/theft.ts); earlier vintages and partial-year figures
 *     (year to date, first half) never count;
 *   - a figure stated as a lower bound ("more than", "at least") counts at its stated value;
 *   - low is the smallest figure; high is the largest figure or upper bound (`usdHigh`, from
 *     "up to" and ranges);
 *   - a year has a spread only when at least two estimators give a figure: one estimator's figure
 *     is not a range across estimators, even when it is itself a range.
 * Pure; inputs are never mutated.
 */
import type { Estimator, TheftEstimate } from '../types.ts';
import { latestByEstimator } from './theft.ts';

/** One estimator's latest full-year figure for a year. */
export interface EstimatorPoint {
	estimator: Estimator;
	usd: number;
	usdHigh?: number;
}

export interface Spread {
	year: number;
	/** The smallest figure. */
	low: number;
	/** The largest figure or upper bound. */
	high: number;
	/** One per estimator (two or more), in the order the estimators first appear in the data. */
	points: readonly EstimatorPoint[];
}

/** The fewest estimators that make a range across estimators. */
const MIN_ESTIMATORS = 2;

/** Every year's spread, by year (only years with one, see the rule above). */
export function theftSpreads(estimates: readonly TheftEstimate[]): ReadonlyMap<number, Spread> {
	const byYear = new Map<number, EstimatorPoint[]>();
	for (const series of latestByEstimator(estimates).values())
		for (const e of series)
			byYear.set(e.year, [
				...(byYear.get(e.year) ?? []),
				{
					estimator: e.estimator,
					usd: e.usd,
					...(e.usdHigh === undefined ? {} : { usdHigh: e.usdHigh })
				}
			]);
	const spreads = new Map<number, Spread>();
	for (const [year, points] of [...byYear].sort(([a], [b]) => a - b)) {
		if (points.length < MIN_ESTIMATORS) continue;
		spreads.set(year, {
			year,
			low: Math.min(...points.map(p => p.usd)),
			high: Math.max(...points.map(p => p.usdHigh ?? p.usd)),
			points
		});
	}
	return spreads;
}
