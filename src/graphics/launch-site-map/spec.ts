/**
 * The `launch-site-map` graphic's spec: missiles per site in the step's years (tweened), and who
 * is picked. Size-independent.
 */
import { ALL_YEARS } from '../../lib/years.ts';
import type { LaunchSiteMapView } from './view.ts';

export interface SiteYears {
	id: string;
	name: string;
	lat: number;
	lon: number;
	/** Missiles launched from the site, by year. */
	byYear: Readonly<Record<number, number>>;
}

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

/** Missiles from a site within [from, to]. */
export function missilesIn(site: SiteYears, [from, to]: readonly [number, number]): number {
	let sum = 0;
	for (const [year, n] of Object.entries(site.byYear))
		if (Number(year) >= from && Number(year) <= to) sum += n;
	return sum;
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
