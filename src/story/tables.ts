/** Each step's data table: the numbers of the graphic it shows, in the state it asks for. Pure. */
import { exchangeMapTable } from '../graphics/exchange-map/table.ts';
import { launchSiteMapTable } from '../graphics/launch-site-map/table.ts';
import { monthlyPaceTable } from '../graphics/monthly-pace/table.ts';
import { theftLaunchScatterTable } from '../graphics/theft-launch-scatter/table.ts';
import { theftVsLaunchesTable } from '../graphics/theft-vs-launches/table.ts';
import type { DataTable } from '../lib/table.ts';
import {
	exchangeMapData,
	launchSiteMapData,
	monthlyPaceData,
	theftLaunchScatterData,
	theftVsLaunchesData
} from './charts.ts';
import type { Step } from './copy.ts';

export function tableFor(step: Step): DataTable {
	switch (step.graphic) {
		case 'theft-vs-launches':
			return theftVsLaunchesTable(step.view, theftVsLaunchesData);
		case 'monthly-pace':
			return monthlyPaceTable(step.view, monthlyPaceData);
		case 'theft-launch-scatter':
			return theftLaunchScatterTable(step.view, theftLaunchScatterData);
		case 'exchange-map':
			return exchangeMapTable(step.view, exchangeMapData);
		case 'launch-site-map':
			return launchSiteMapTable(step.view, launchSiteMapData);
	}
}
