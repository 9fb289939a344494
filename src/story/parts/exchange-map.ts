/** The exchange map as the story loads it: its component, its data, its table. */
import { exchangeHacks } from '../../data/index.ts';
import { exchangeMapData } from '../../graphics/exchange-map/data.ts';
import ExchangeMap from '../../graphics/exchange-map/ExchangeMap.svelte';
import { exchangeMapTable } from '../../graphics/exchange-map/table.ts';
import type { ExchangeMapView } from '../../graphics/exchange-map/view.ts';

export const component = ExchangeMap;
export const data = exchangeMapData(exchangeHacks);
export const table = (view: ExchangeMapView) => exchangeMapTable(view, data);
