/**
 * What the launch-site map draws: each launch site with its missiles per year (UTC), and how many
 * launches were from sites CNS does not know (not mapped). Pure.
 */
import type { LaunchSite, MissileLaunch } from '../../data/types.ts';
import type { LaunchSiteMapData } from './state.ts';

export function launchSiteMapData(
	launches: readonly MissileLaunch[],
	sites: readonly LaunchSite[]
): LaunchSiteMapData {
	const mapped = sites.filter(s => s.locationPrecision === 'facility');
	const placeholder = new Set(sites.filter(s => s.locationPrecision !== 'facility').map(s => s.id));
	const byYear = new Map<string, Record<number, number>>();
	for (const l of launches) {
		const year = Number(l.date.slice(0, 4));
		const counts = byYear.get(l.siteId) ?? {};
		counts[year] = (counts[year] ?? 0) + 1;
		byYear.set(l.siteId, counts);
	}
	return {
		sites: mapped
			.filter(s => byYear.has(s.id))
			.map(s => ({
				id: s.id,
				name: s.name,
				lat: s.lat,
				lon: s.lon,
				byYear: byYear.get(s.id) ?? {}
			})),
		unmapped: launches.filter(l => placeholder.has(l.siteId)).map(l => l.id)
	};
}
