/** The monthly-pace graphic as the story loads it: its component, its data, its table. */
import { exchangeHacks, missileLaunches } from '../../data/index.ts';
import { monthlyPaceData } from '../../graphics/monthly-pace/data.ts';
import MonthlyPace from '../../graphics/monthly-pace/MonthlyPace.svelte';
import { monthlyPaceTable } from '../../graphics/monthly-pace/table.ts';
import type { MonthlyPaceView } from '../../graphics/monthly-pace/view.ts';

/** The first month of the timeline's data (steps zoom within it). */
const FROM = '2016-01';

export const component = MonthlyPace;
export const data = monthlyPaceData(missileLaunches, exchangeHacks, FROM);
export const table = (view: MonthlyPaceView) => monthlyPaceTable(view, data);
