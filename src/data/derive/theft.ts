/**
 * Yearly theft series derived from data/theft-by-year.json. Nothing here is stored in data/: the
 * charts and the copy both call these, so a figure can't disagree with itself. Pure; inputs are
 * never mutated.
 */
import type { Estimator, TheftEstimate } from '../types.ts';

/** The estimator whose yearly series is the story's main one (DESIGN.md §2). */
export const MAIN_ESTIMATOR: Estimator = 'Chainalysis';

/**
 * One estimate per year from one estimator: for each year, its full-year figure with the latest
 * vintage (publication date). Earlier vintages stay in the data and in the methodology table;
 * partial-year figures (year to date, first half) never stand in for a year, and figures only
 * reported, not confirmed, never count. Sorted by year.
 */
export function latestByYear(
	estimates: readonly TheftEstimate[],
	estimator: Estimator = MAIN_ESTIMATOR
): TheftEstimate[] {
	const byYear = new Map<number, TheftEstimate>();
	for (const e of estimates) {
		if (e.estimator !== estimator || e.coverage !== 'full-year' || e.verification !== 'confirmed')
			continue;
		const current = byYear.get(e.year);
		if (!current || e.vintage > current.vintage) byYear.set(e.year, e);
	}
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Every estimator's latest full-year figure for each year, by estimator (in first-seen order). */
export function latestByEstimator(
	estimates: readonly TheftEstimate[]
): Map<Estimator, TheftEstimate[]> {
	const estimators = [...new Set(estimates.map(e => e.estimator))];
	return new Map(estimators.map(name => [name, latestByYear(estimates, name)]));
}
