/**
 * What the exchange map draws: every incident, located or not (the ones without a location are
 * listed beside the map, never dropped). Pure.
 */
import type { ExchangeHack } from '../../data/types.ts';
import type { ExchangeMapData } from './state.ts';

export function exchangeMapData(hacks: readonly ExchangeHack[]): ExchangeMapData {
	const dated = [...hacks].sort((a, b) => a.date.localeCompare(b.date));
	return {
		incidents: dated,
		maxUsd: Math.max(...hacks.map(h => h.usd ?? 0))
	};
}
