/**
 * The `launch-site-map` graphic's spec: missiles per site in the step's years (tweened), and who
 * is picked. Size-independent.
 */
import { missilesIn, type SiteYears } from '../../data/derive/sites.ts';
import { ALL_YEARS } from '../../data/derive/years.ts';
import type { LaunchSiteMapView } from './view.ts';

export { missilesIn, type SiteYears };

export interface LaunchSiteMapData {
	sites: readonly SiteYears[];
	/** Launch records from an unknown site (not mapped), by id. */
	unmapped: readonly string[];
}

export interface LaunchSiteMapSpec {
	/** Missiles per site (data order) in the step's years. */
	missiles: number[];
	emphasis: number[];
}

export function launchSiteMapSpec(
	view: LaunchSiteMapView,
	data: LaunchSiteMapData
): LaunchSiteMapSpec {
	const years = view.years ?? ALL_YEARS;
	const picked = new Set(view.highlight ?? []);
	return {
		missiles: data.sites.map(s => missilesIn(s, years)),
		emphasis: data.sites.map(s => (picked.size === 0 || picked.has(s.id) ? 1 : 0))
	};
}
