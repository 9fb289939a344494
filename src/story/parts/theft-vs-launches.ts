/** The theft-vs-launches graphic as the story loads it: its component, its data, its table. */
import { missileLaunches, theftByYear } from '../../data/index.ts';
import { theftVsLaunchesData } from '../../graphics/theft-vs-launches/data.ts';
import { theftVsLaunchesTable } from '../../graphics/theft-vs-launches/table.ts';
import TheftVsLaunches from '../../graphics/theft-vs-launches/TheftVsLaunches.svelte';
import type { TheftVsLaunchesView } from '../../graphics/theft-vs-launches/view.ts';

export const component = TheftVsLaunches;
export const data = theftVsLaunchesData(theftByYear, missileLaunches);
export const table = (view: TheftVsLaunchesView) => theftVsLaunchesTable(view, data);
