/** The scatter plot as the story loads it: its component, its data, its table. */
import { missileLaunches, theftByYear } from '../../data/index.ts';
import { graphicPart } from '../part.ts';
import { theftLaunchScatterData } from './data.ts';
import { theftLaunchScatterTable } from './table.ts';
import TheftLaunchScatter from './TheftLaunchScatter.svelte';

const data = theftLaunchScatterData(theftByYear, missileLaunches);

export default graphicPart({
	component: TheftLaunchScatter,
	data,
	table: view => theftLaunchScatterTable(view, data)
});
