/** The launch-site map as the story loads it: its component, its data, its table. */
import { launchSites, missileLaunches } from '../../data/index.ts';
import { graphicPart } from '../part.ts';
import { launchSiteMapData } from './data.ts';
import LaunchSiteMap from './LaunchSiteMap.svelte';
import { launchSiteMapTable } from './table.ts';

const data = launchSiteMapData(missileLaunches, launchSites);

export default graphicPart({
	component: LaunchSiteMap,
	data,
	table: view => launchSiteMapTable(view, data)
});
