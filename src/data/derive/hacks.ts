/**
 * Counts of thefts from exchanges and platforms (data/exchange-hacks.json): the one rule behind
 * the copy's `{hacks.*}`, the circles the exchange map draws and the list of thefts it cannot place.
 *
 * The rule: every record counts (none is left out of the total); a theft is located when it has
 * coordinates (the schema ties `lat`/`lon` to a `locationPrecision` other than "none"), and
 * unlocated otherwise; disputed when its attribution level is "disputed" (drawn hollow, still
 * counted). Pure.
 */
import type { ExchangeHack } from '../types.ts';

export interface HackCounts {
	total: number;
	located: number;
	unlocated: number;
	disputed: number;
}

/** True when the theft can be placed on the map. */
export function isLocated<H extends Pick<ExchangeHack, 'lat' | 'lon'>>(
	h: H
): h is H & { lat: number; lon: number } {
	return h.lat !== null && h.lon !== null;
}

export function hackCounts(hacks: readonly ExchangeHack[]): HackCounts {
	const located = hacks.filter(isLocated).length;
	return {
		total: hacks.length,
		located,
		unlocated: hacks.length - located,
		disputed: hacks.filter(h => h.attributionLevel === 'disputed').length
	};
}
