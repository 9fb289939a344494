/**
 * Missile-launch series derived from data/missile-launches.json: per year, per month, over a range
 * of dates, and the span the records cover. The copy's `{launches.*}`, the charts and the tables
 * all count with `countLaunches`, so "missiles" and "ballistic missiles" mean one thing each.
 * Dates are UTC ISO strings, so binning by their prefix (YYYY, YYYY-MM) is binning in UTC, with no
 * Date parsing and no time-zone leak. Pure; inputs are never mutated.
 */
import type { MissileLaunch, MissileType } from '../types.ts';

export interface LaunchCount {
	/** Missiles launched (a salvo of four counts four). */
	missiles: number;
	/** Missiles other than satellite launch vehicles (what other counters call ballistic missiles). */
	ballistic: number;
	/** Distinct launch dates (UTC). */
	launchDays: number;
	success: number;
	failure: number;
	unknown: number;
	/** How many of these records are preliminary (not yet full CNS records). */
	preliminary: number;
	byType: Partial<Record<MissileType, number>>;
}

export interface YearCount extends LaunchCount {
	year: number;
}

export interface MonthCount extends LaunchCount {
	/** YYYY-MM, UTC. */
	month: string;
}

/** Counts one group of launches. */
function countLaunches(launches: readonly MissileLaunch[]): LaunchCount {
	const count: LaunchCount = {
		missiles: 0,
		ballistic: 0,
		launchDays: 0,
		success: 0,
		failure: 0,
		unknown: 0,
		preliminary: 0,
		byType: {}
	};
	const days = new Set<string>();
	for (const l of launches) {
		count.missiles += 1;
		if (l.type !== 'SLV') count.ballistic += 1;
		count[l.outcome] += 1;
		if (l.preliminary) count.preliminary += 1;
		count.byType[l.type] = (count.byType[l.type] ?? 0) + 1;
		days.add(l.date);
	}
	count.launchDays = days.size;
	return count;
}

function groupBy<K>(
	launches: readonly MissileLaunch[],
	key: (l: MissileLaunch) => K
): Map<K, MissileLaunch[]> {
	const groups = new Map<K, MissileLaunch[]>();
	for (const l of launches) {
		const k = key(l);
		const group = groups.get(k);
		if (group) group.push(l);
		else groups.set(k, [l]);
	}
	return groups;
}

/** Every year from `from` to `to`, inclusive, years without launches included as zeros. */
export function launchesByYear(
	launches: readonly MissileLaunch[],
	from: number,
	to: number
): YearCount[] {
	const groups = groupBy(launches, l => Number(l.date.slice(0, 4)));
	const years: YearCount[] = [];
	for (let year = from; year <= to; year++)
		years.push({ year, ...countLaunches(groups.get(year) ?? []) });
	return years;
}

/** The months from `from` to `to` (YYYY-MM, inclusive), months without launches included as zeros. */
export function launchesByMonth(
	launches: readonly MissileLaunch[],
	from: string,
	to: string
): MonthCount[] {
	const groups = groupBy(launches, l => l.date.slice(0, 7));
	const months: MonthCount[] = [];
	for (let month = from; month <= to; month = nextMonth(month))
		months.push({ month, ...countLaunches(groups.get(month) ?? []) });
	return months;
}

/** The month after an ISO month: "2021-12" → "2022-01". */
export function nextMonth(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The count of the launches dated in [from, to], both inclusive (ISO prefixes compare as strings,
 * so "2022-01" as `to` takes the whole month): the copy's and the method table's.
 */
export function launchesIn(
	launches: readonly MissileLaunch[],
	from: string,
	to: string
): LaunchCount {
	return countLaunches(launches.filter(l => l.date >= from && l.date.slice(0, to.length) <= to));
}

/** The latest launch date in the data (ISO). */
export function latestLaunchDate(launches: readonly MissileLaunch[]): string {
	return launches.reduce((latest, l) => (l.date > latest ? l.date : latest), '');
}

/** What the launch records cover. */
export interface LaunchSpan {
	/** The first and the latest launch date (ISO). */
	first: string;
	latest: string;
	/** The year of the first and of the latest launch. */
	firstYear: number;
	lastYear: number;
	/** The last year, when the records stop before its Dec. 31 (its count is "so far"); else null. */
	partialYear: number | null;
}

export function launchSpan(launches: readonly MissileLaunch[]): LaunchSpan {
	const first = launches.reduce((a, l) => (l.date < a ? l.date : a), launches[0]?.date ?? '');
	const latest = latestLaunchDate(launches);
	const lastYear = Number(latest.slice(0, 4));
	return {
		first,
		latest,
		firstYear: Number(first.slice(0, 4)),
		lastYear,
		partialYear: latest.endsWith('-12-31') ? null : lastYear
	};
}

/**
 * The month with the most missiles in the records (UTC), the earliest of any ties: the CNS
 * database's record month, which the copy names instead of typing it.
 */
export function recordMonth(launches: readonly MissileLaunch[]): MonthCount | null {
	if (launches.length === 0) return null;
	const span = launchSpan(launches);
	return launchesByMonth(launches, span.first.slice(0, 7), span.latest.slice(0, 7)).reduce(
		(best, m) => (m.missiles > best.missiles ? m : best)
	);
}

/** The preliminary records counted together (outcomes, types, days), and the year they start. */
export function preliminaryLaunches(
	launches: readonly MissileLaunch[]
): LaunchCount & { firstYear: number | null } {
	const preliminary = launches.filter(l => l.preliminary);
	const first = preliminary.reduce((a, l) => (l.date < a ? l.date : a), '9999');
	return {
		...countLaunches(preliminary),
		firstYear: preliminary.length > 0 ? Number(first.slice(0, 4)) : null
	};
}
