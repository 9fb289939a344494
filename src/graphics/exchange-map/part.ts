/** The exchange map as the story loads it: its component, its data, its table. */
import { exchangeHacks } from '../../data/index.ts';
import { graphicPart } from '../part.ts';
import { exchangeMapData } from './data.ts';
import ExchangeMap from './ExchangeMap.svelte';
import { exchangeMapTable } from './table.ts';

const data = exchangeMapData(exchangeHacks);

export default graphicPart({
	component: ExchangeMap,
	data,
	table: view => exchangeMapTable(view, data)
});
