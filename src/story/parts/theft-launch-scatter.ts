/** The scatter plot as the story loads it: its component, its data, its table. */
import { missileLaunches, theftByYear } from '../../data/index.ts';
import { theftLaunchScatterData } from '../../graphics/theft-launch-scatter/data.ts';
import { theftLaunchScatterTable } from '../../graphics/theft-launch-scatter/table.ts';
import TheftLaunchScatter from '../../graphics/theft-launch-scatter/TheftLaunchScatter.svelte';
import type { TheftLaunchScatterView } from '../../graphics/theft-launch-scatter/view.ts';

export const component = TheftLaunchScatter;
export const data = theftLaunchScatterData(theftByYear, missileLaunches);
export const table = (view: TheftLaunchScatterView) => theftLaunchScatterTable(view, data);
