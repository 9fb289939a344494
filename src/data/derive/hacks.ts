/**
 * Counts and rankings of thefts from exchanges and platforms (data/exchange-hacks.json): the one
 * rule behind the copy's `{hacks.*}` and `{hack.<id>.rank}`, the circles the exchange map draws and
 * the list of thefts it cannot place.
 *
 * The rule: a theft counts when it is confirmed (`verification`); a reported one stays in the list
 * and is drawn as reported, but never counts in a total, a count or a ranking. A counted theft is
 * located when it has coordinates (the schema ties `lat`/`lon` to a `locationPrecision` other than
 * "none"), and unlocated otherwise; disputed when its attribution level is "disputed" (drawn
 * hollow, still counted). Rankings are by dollars, largest first; a theft with no dollar figure is
 * not ranked. Pure.
 */
import { byCodeUnits } from '../../lib/order.ts';
import type { ExchangeHack } from '../types.ts';

export interface HackCounts {
	/** Confirmed thefts. */
	total: number;
	located: number;
	unlocated: number;
	disputed: number;
	/** Thefts reported but not confirmed: listed, never counted above. */
	reported: number;
	/** Countries of the located, confirmed thefts. */
	countries: number;
}

/** True when the theft can be placed on the map. */
export function isLocated<H extends Pick<ExchangeHack, 'lat' | 'lon'>>(
	h: H
): h is H & { lat: number; lon: number } {
	return h.lat !== null && h.lon !== null;
}

/** True when the theft counts: confirmed by a primary source or a major outlet. */
export function isConfirmed(h: Pick<ExchangeHack, 'verification'>): boolean {
	return h.verification === 'confirmed';
}

export function hackCounts(hacks: readonly ExchangeHack[]): HackCounts {
	const counted = hacks.filter(isConfirmed);
	const located = counted.filter(isLocated);
	return {
		total: counted.length,
		located: located.length,
		unlocated: counted.length - located.length,
		disputed: counted.filter(h => h.attributionLevel === 'disputed').length,
		reported: hacks.length - counted.length,
		countries: new Set(located.map(h => h.country)).size
	};
}

/** Confirmed thefts with a dollar figure, largest first (ties: the earlier first). */
export function rankedThefts<H extends ExchangeHack>(hacks: readonly H[]): H[] {
	return hacks
		.filter(h => isConfirmed(h) && h.usd !== null)
		.sort((a, b) => (b.usd ?? 0) - (a.usd ?? 0) || byCodeUnits(a.date, b.date));
}

/** The date of the latest theft in the list, confirmed or reported (ISO): what the list runs to. */
export function hacksThrough(hacks: readonly Pick<ExchangeHack, 'date'>[]): string {
	return hacks.reduce((latest, h) => (h.date > latest ? h.date : latest), '');
}
