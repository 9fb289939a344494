/**
 * The thefts the exchange map lists beside the drawing, for the step's years: the confirmed ones
 * with no known location (listed so none is dropped), and the ones only reported, not confirmed
 * (listed apart, never counted). The component and the tests read the lists from here. Pure.
 */
import { isConfirmed, isLocated } from '../../data/derive/hacks.ts';
import { ALL_YEARS, inYears, type YearRange } from '../../data/derive/years.ts';
import type { ExchangeHack } from '../../data/types.ts';

export interface OffMap<H> {
	/** Confirmed thefts with no known location. */
	unlocated: H[];
	/** Thefts reported, not confirmed (located or not). */
	reported: H[];
}

export function offMap<H extends ExchangeHack>(
	incidents: readonly H[],
	years: YearRange = ALL_YEARS
): OffMap<H> {
	const inSpan = incidents.filter(h => inYears(Number(h.date.slice(0, 4)), years));
	return {
		unlocated: inSpan.filter(h => isConfirmed(h) && !isLocated(h)),
		reported: inSpan.filter(h => !isConfirmed(h))
	};
}

/** A list's title with its count: "Not on the map, no known location (5):". */
export function offMapTitle(list: keyof OffMap<ExchangeHack>, count: number): string {
	const what =
		list === 'unlocated'
			? 'Not on the map, no known location'
			: 'Reported, not confirmed, not counted';
	return `${what} (${count}):`;
}
