/**
 * The `exchange-map` graphic's spec: the tweened numbers of a step (the view box in degrees, how
 * far each theft has appeared, who is picked). Size-independent.
 */
import { isLocated } from '../../data/derive/hacks.ts';
import type { ExchangeHack } from '../../data/types.ts';
import { type GeoBox } from '../../lib/geo.ts';
import { ALL_YEARS, inYears } from '../../data/derive/years.ts';
import { REGIONS } from './regions.ts';
import type { ExchangeMapView } from './view.ts';

export interface ExchangeMapData {
	/** Every incident, by date; those without coordinates are listed, not drawn. */
	incidents: readonly ExchangeHack[];
	/** The largest theft, which sets the size scale. */
	maxUsd: number;
}

export interface ExchangeMapSpec {
	/** The view box (degrees). */
	west: number;
	south: number;
	east: number;
	north: number;
	/** 0 to 1 per incident (data order): how far it has appeared. */
	shown: number[];
	emphasis: number[];
	labelled: number[];
}

/** True when the theft can be placed on the map (src/data/derive/hacks.ts). */
export const located = isLocated<ExchangeHack>;

function within(h: ExchangeHack, b: GeoBox): boolean {
	return located(h) && h.lon >= b.west && h.lon <= b.east && h.lat >= b.south && h.lat <= b.north;
}

export function exchangeMapSpec(view: ExchangeMapView, data: ExchangeMapData): ExchangeMapSpec {
	const region = REGIONS[view.region ?? 'world'];
	const years = view.years ?? ALL_YEARS;
	const picked = new Set(view.highlight ?? []);
	const year = (h: ExchangeHack) => Number(h.date.slice(0, 4));
	return {
		...region,
		shown: data.incidents.map(h => (within(h, region) && inYears(year(h), years) ? 1 : 0)),
		emphasis: data.incidents.map(h => (picked.size === 0 || picked.has(h.id) ? 1 : 0)),
		labelled: data.incidents.map(h => (picked.has(h.id) ? 1 : 0))
	};
}
