/**
 * What the monthly-pace graphic draws: missiles per month (UTC) and the thefts with a known amount
 * and at least a month's precision, placed at their date. Pure.
 */
import { launchesByMonth, latestLaunchDate } from '../../data/derive/launches.ts';
import type { ExchangeHack, MissileLaunch } from '../../data/types.ts';
import type { MonthlyPaceData } from './state.ts';

/** Month-precision thefts are placed mid-month. */
function placedDate(h: ExchangeHack): string {
	return h.datePrecision === 'day' ? h.date : `${h.date}-15`;
}

export function monthlyPaceData(
	launches: readonly MissileLaunch[],
	hacks: readonly ExchangeHack[],
	from: string
): MonthlyPaceData {
	const to = latestLaunchDate(launches).slice(0, 7);
	return {
		months: launchesByMonth(launches, from, to),
		heists: hacks
			.filter(h => h.usd !== null && h.datePrecision !== 'year' && h.date >= from)
			.map(h => ({
				id: h.id,
				platform: h.platform,
				date: placedDate(h),
				usd: h.usd as number,
				disputed: h.attributionLevel === 'disputed',
				reported: h.verification === 'reported'
			})),
		unplaced: hacks
			.filter(h => h.usd !== null && h.datePrecision === 'year' && h.date >= from.slice(0, 4))
			.map(h => h.id)
	};
}
