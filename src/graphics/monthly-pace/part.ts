/** The monthly-pace graphic as the story loads it: its component, its data, its table. */
import { exchangeHacks, missileLaunches } from '../../data/index.ts';
import { graphicPart } from '../part.ts';
import { monthlyPaceData } from './data.ts';
import MonthlyPace from './MonthlyPace.svelte';
import { monthlyPaceTable } from './table.ts';

/** The first month of the timeline's data (steps zoom within it). */
const FROM = '2016-01';

const data = monthlyPaceData(missileLaunches, exchangeHacks, FROM);

export default graphicPart({
	component: MonthlyPace,
	data,
	table: view => monthlyPaceTable(view, data)
});
