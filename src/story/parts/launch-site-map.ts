/** The launch-site map as the story loads it: its component, its data, its table. */
import { launchSites, missileLaunches } from '../../data/index.ts';
import { launchSiteMapData } from '../../graphics/launch-site-map/data.ts';
import LaunchSiteMap from '../../graphics/launch-site-map/LaunchSiteMap.svelte';
import { launchSiteMapTable } from '../../graphics/launch-site-map/table.ts';
import type { LaunchSiteMapView } from '../../graphics/launch-site-map/view.ts';

export const component = LaunchSiteMap;
export const data = launchSiteMapData(missileLaunches, launchSites);
export const table = (view: LaunchSiteMapView) => launchSiteMapTable(view, data);
