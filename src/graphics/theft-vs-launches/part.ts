/** The theft-vs-launches graphic as the story loads it: its component, its data, its table. */
import { missileLaunches, theftByYear } from '../../data/index.ts';
import { graphicPart } from '../part.ts';
import { theftVsLaunchesData } from './data.ts';
import { theftVsLaunchesTable } from './table.ts';
import TheftVsLaunches from './TheftVsLaunches.svelte';

const data = theftVsLaunchesData(theftByYear, missileLaunches);

export default graphicPart({
	component: TheftVsLaunches,
	data,
	table: view => theftVsLaunchesTable(view, data)
});
