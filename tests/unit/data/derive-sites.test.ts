/**
 * Missiles per launch site, and sites used in a span, from data/missile-launches.json and
 * data/launch-sites.json (expected values from the CNS-via-nagix tables).
 */
import { describe, expect, it } from 'vitest';
import { launchSites, missileLaunches } from '../../../src/data/index.ts';
import { missilesIn, sitesUsed, siteUse } from '../../../src/data/derive/sites.ts';

const use = siteUse(missileLaunches, launchSites);
const site = (id: string) => use.sites.find(s => s.id === id)!;

describe('siteUse(launches, sites)', () => {
	const table: [string, number][] = [
		['pyongyang', 56],
		['hodo', 26],
		['kittaeryong', 20],
		['wonsan', 19],
		['sohae', 18],
		['tonghae', 17],
		['sinpo', 15]
	];
	for (const [id, missiles] of table)
		it(`${id}: ${missiles} missiles in all`, () => expect(missilesIn(site(id))).toBe(missiles));
	it('accounts for every launch: 55 placed sites, and one launch from an unknown site kept aside', () => {
		expect(use.sites.length).toBe(55);
		expect(use.unmapped.length).toBe(1);
		expect(use.sites.reduce((s, x) => s + missilesIn(x), 0) + use.unmapped.length).toBe(
			missileLaunches.length
		);
	});
	it('counts by UTC year: Pyongyang airport first used in 2017', () =>
		expect(Math.min(...Object.keys(site('pyongyang').byYear).map(Number))).toBe(2017));
});

describe('sitesUsed(sites, years)', () => {
	const table: [readonly [number, number] | undefined, number][] = [
		[undefined, 55],
		[[1984, 2011], 3],
		[[2022, 2022], 18],
		[[2018, 2018], 0]
	];
	for (const [years, used] of table)
		it(`${years?.join('–') ?? 'every year'}: ${used} sites`, () =>
			expect(sitesUsed(use.sites, years)).toBe(used));
});
