/**
 * The `exchange-map` graphic as pure functions:
 *   worldLand(countries)                      → country paths on a fixed plane (at build time,
 *                                               src/build/geo.ts: the map's shape file);
 *   exchangeMapBase(land, size, data)         → projection, land, city clusters (base.ts);
 *   exchangeMapSpec(view, data)               → the tweened numbers (spec.ts);
 *   exchangeMapLayout(spec, view, base, data) → every symbol and label in pixels (layout.ts).
 */
import type { ExchangeMapView } from './view.ts';
import { type ExchangeMapData, exchangeMapSpec } from './spec.ts';
import { type ExchangeMapBase } from './base.ts';
import { type ExchangeMapLayout, exchangeMapLayout } from './layout.ts';

export * from './spec.ts';
export * from './base.ts';
export * from './layout.ts';

/** The settled picture at a step, for a given base. */
export function exchangeMapState(
	view: ExchangeMapView,
	base: ExchangeMapBase,
	data: ExchangeMapData
): ExchangeMapLayout {
	return exchangeMapLayout(exchangeMapSpec(view, data), view, base, data);
}
