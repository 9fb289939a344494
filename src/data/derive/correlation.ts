/**
 * The correlation the story cites between each year's theft and its missiles launched: the one
 * computation behind the copy's `{stats.*}`, the scatter plot's statistic and its table's note.
 *
 * The rule: Pearson's r between missiles launched and dollars stolen over the paired years
 * (src/data/derive/pairs.ts says which), with n the number of years, df = n − 2 and the
 * two-sided p-value of the t-test (src/data/derive/stats.ts). `all` uses every paired year;
 * `final` leaves out the years with any preliminary launch record. Pure.
 */
import type { YearPair } from './pairs.ts';
import { pearson, type Correlation } from './stats.ts';

/** A correlation over a run of years, with the first and last of them. */
export interface YearsCorrelation extends Correlation {
	from: number;
	to: number;
}

export interface TheftLaunchCorrelation {
	/** Over every paired year. */
	all: YearsCorrelation;
	/** Over the paired years without preliminary launch records. */
	final: YearsCorrelation;
}

function correlate(pairs: readonly YearPair[]): YearsCorrelation {
	const years = pairs.map(p => p.year);
	return {
		...pearson(
			pairs.map(p => p.missiles),
			pairs.map(p => p.usd)
		),
		from: Math.min(...years),
		to: Math.max(...years)
	};
}

/** Both correlations; throws (pearson) when fewer than three years are paired. */
export function theftLaunchCorrelation(pairs: readonly YearPair[]): TheftLaunchCorrelation {
	return { all: correlate(pairs), final: correlate(pairs.filter(p => !p.preliminary)) };
}
