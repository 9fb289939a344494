/**
 * Launch sites as the story counts them: the one rule behind the copy's `{site.<id>}` and
 * `{sites.*}`, the launch-site map's circles and its table.
 *
 * The rule: a site counts only when CNS places it (`locationPrecision` "facility"); launches from
 * the stand-in site for an unknown place are kept aside as `unmapped`, never counted as a site.
 * Missiles are counted by year (UTC); a site is used in a span of years (inclusive) when at least
 * one missile was launched from it in that span. Pure; inputs are never mutated.
 */
import type { LaunchSite, MissileLaunch } from '../types.ts';
import { ALL_YEARS, type YearRange } from './years.ts';

export interface SiteYears {
	id: string;
	name: string;
	lat: number;
	lon: number;
	/** Missiles launched from the site, by year. */
	byYear: Readonly<Record<number, number>>;
}

export interface SiteUse {
	/** Every placed site with at least one launch, in the data's order. */
	sites: readonly SiteYears[];
	/** Launch records from an unknown site (not mapped), by id. */
	unmapped: readonly string[];
}

export function siteUse(launches: readonly MissileLaunch[], sites: readonly LaunchSite[]): SiteUse {
	const placed = sites.filter(s => s.locationPrecision === 'facility');
	const unplaced = new Set(sites.filter(s => s.locationPrecision !== 'facility').map(s => s.id));
	const byYear = new Map<string, Record<number, number>>();
	for (const l of launches) {
		const year = Number(l.date.slice(0, 4));
		const counts = byYear.get(l.siteId) ?? {};
		counts[year] = (counts[year] ?? 0) + 1;
		byYear.set(l.siteId, counts);
	}
	return {
		sites: placed
			.filter(s => byYear.has(s.id))
			.map(s => ({
				id: s.id,
				name: s.name,
				lat: s.lat,
				lon: s.lon,
				byYear: byYear.get(s.id) ?? {}
			})),
		unmapped: launches.filter(l => unplaced.has(l.siteId)).map(l => l.id)
	};
}

/** Missiles from a site within [from, to] (years, inclusive). */
export function missilesIn(
	site: SiteYears,
	[from, to]: readonly [number, number] = ALL_YEARS
): number {
	let sum = 0;
	for (const [year, n] of Object.entries(site.byYear))
		if (Number(year) >= from && Number(year) <= to) sum += n;
	return sum;
}

/** How many sites were used within [from, to] (years, inclusive); every year by default. */
export function sitesUsed(
	sites: readonly SiteYears[],
	years: readonly [number, number] = ALL_YEARS
): number {
	return sites.filter(s => missilesIn(s, years) > 0).length;
}
