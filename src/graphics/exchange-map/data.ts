/**
 * What the exchange map draws: every incident, located or not (the ones without a location are
 * listed beside the map, never dropped). Pure.
 */
import { isLocated } from '../../data/derive/hacks.ts';
import { byCodeUnits } from '../../lib/order.ts';
import type { ExchangeHack } from '../../data/types.ts';
import type { ExchangeMapData } from './state.ts';

export function exchangeMapData(hacks: readonly ExchangeHack[]): ExchangeMapData {
	const dated = [...hacks].sort((a, b) => byCodeUnits(a.date, b.date));
	return {
		incidents: dated,
		// the circles' scale: the largest theft the map can draw (one with no place is only listed)
		maxUsd: Math.max(...hacks.filter(isLocated).map(h => h.usd ?? 0))
	};
}
