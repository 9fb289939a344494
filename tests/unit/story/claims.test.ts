/**
 * What the copy says in words, checked against the data, so an update to data/ that makes a
 * sentence false fails a test instead of going to print. Each test names the step it guards.
 */
import { describe, expect, it } from 'vitest';
import {
	exchangeHacks,
	mainTheftSeries,
	missileLaunches,
	theftByYear
} from '../../../src/data/index.ts';
import { launchesByMonth, launchesByYear } from '../../../src/data/derive/launches.ts';
import { theftLaunchScatterData } from '../../../src/graphics/theft-launch-scatter/data.ts';

const years = launchesByYear(missileLaunches, 1984, 2026);
const months = launchesByMonth(missileLaunches, '1984-01', '2026-04');
const missilesIn = (year: number) => years.find(y => y.year === year)?.missiles;
const theftIn = (year: number) => mainTheftSeries.find(t => t.year === year)?.usd ?? 0;

describe('claims in the copy hold in the data', () => {
	it('bybit: the largest theft in the data', () => {
		const largest = [...exchangeHacks].sort((a, b) => (b.usd ?? 0) - (a.usd ?? 0))[0];
		expect(largest?.id).toBe('bybit-2025-02');
	});
	it('theft-2018: 2018 was a record at the time', () =>
		expect(theftIn(2018)).toBeGreaterThan(Math.max(...[2016, 2017].map(theftIn))));
	it('theft-2022: 2022 beat 2018 and stayed the largest until 2025', () => {
		expect(theftIn(2022)).toBeGreaterThan(
			Math.max(...[2016, 2017, 2018, 2019, 2020, 2021].map(theftIn))
		);
		expect(theftIn(2022)).toBeGreaterThan(Math.max(theftIn(2023), theftIn(2024)));
	});
	it('theft-2025: 2025 is the most ever, and Bybit is most of it', () => {
		expect(theftIn(2025)).toBe(Math.max(...mainTheftSeries.map(t => t.usd)));
		const bybit = exchangeHacks.find(h => h.id === 'bybit-2025-02')?.usd ?? 0;
		expect(bybit / theftIn(2025)).toBeGreaterThan(0.5);
	});
	it('theft-by-year: Chainalysis has a figure for every year from 2016', () =>
		expect(mainTheftSeries.map(t => t.year)).toEqual([
			2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025
		]));
	it('spread: Chainalysis cut 2023 from its first estimate', () => {
		const first = theftByYear.find(t => t.id === 'chainalysis-2023-v2024-01')?.usd ?? 0;
		expect(theftIn(2023)).toBeLessThan(first);
	});
	it('launches-2018: no launches in 2018', () => expect(missilesIn(2018)).toBe(0));
	it('launches-2022: 2022 has the most launches of any year', () =>
		expect(missilesIn(2022)).toBe(Math.max(...years.map(y => y.missiles))));
	it('launches-recent: launches fell in 2023, rose in 2024 and dropped in 2025', () => {
		expect(missilesIn(2023)).toBeLessThan(missilesIn(2022)!);
		expect(missilesIn(2024)).toBeGreaterThan(missilesIn(2023)!);
		expect(missilesIn(2025)).toBeLessThan(missilesIn(2024)!);
	});
	it("monthly: Bybit's month (February 2025) had no launches", () =>
		expect(months.find(m => m.month === '2025-02')?.missiles).toBe(0));
	it('january-2022: the US called January 2022 a monthly record, but CNS has more in August 2019, as the copy says', () => {
		const jan2022 = months.find(m => m.month === '2022-01')?.missiles ?? 0;
		const aug2019 = months.find(m => m.month === '2019-08')?.missiles ?? 0;
		expect(aug2019).toBeGreaterThan(jan2022);
		const before = months.filter(m => m.month < '2022-01' && m.month !== '2019-08');
		expect(jan2022).toBeGreaterThanOrEqual(Math.max(...before.map(m => m.missiles)));
	});
	it('ronin: November was the busiest month of 2022', () => {
		const of2022 = months.filter(m => m.month.startsWith('2022'));
		expect(of2022.find(m => m.month === '2022-11')?.missiles).toBe(
			Math.max(...of2022.map(m => m.missiles))
		);
	});
	it('map-all: the thefts reach from California to Estonia, and Bybit is the largest circle', () => {
		const countries = new Set(exchangeHacks.map(h => h.country));
		expect(countries).toContain('United States');
		expect(countries).toContain('Estonia');
	});
	it('map-bridges: the 2022 thefts in the list are both bridges', () =>
		expect(exchangeHacks.filter(h => h.date.startsWith('2022')).map(h => h.kind)).toEqual([
			'defi-bridge',
			'defi-bridge'
		]));
	it('map-2024: the two largest 2024 thefts were from exchanges', () => {
		const of2024 = exchangeHacks
			.filter(h => h.date.startsWith('2024'))
			.sort((a, b) => (b.usd ?? 0) - (a.usd ?? 0));
		expect(of2024.slice(0, 2).map(h => h.kind)).toEqual([
			'centralized-exchange',
			'centralized-exchange'
		]);
	});
	it('map-kucoin: KuCoin was the largest theft of 2020 in the list', () => {
		const of2020 = exchangeHacks
			.filter(h => h.date.startsWith('2020'))
			.sort((a, b) => (b.usd ?? 0) - (a.usd ?? 0));
		expect(of2020[0]?.id).toBe('kucoin-2020-09');
	});
	it('sites-early: before 2012 most missiles flew from Tonghae', () => {
		const early = missileLaunches.filter(l => l.date < '2012');
		expect(early.filter(l => l.siteId === 'tonghae').length / early.length).toBeGreaterThan(0.5);
	});
	it('sites-recent: each year since 2022 used fewer sites than the year before', () => {
		const sites = (year: string) =>
			new Set(
				missileLaunches
					.filter(l => l.date.startsWith(year) && l.siteId !== 'unknown')
					.map(l => l.siteId)
			).size;
		expect([sites('2022'), sites('2023'), sites('2024'), sites('2025')]).toEqual(
			[...[sites('2022'), sites('2023'), sites('2024'), sites('2025')]].sort((a, b) => b - a)
		);
		expect(sites('2025')).toBeLessThan(sites('2022'));
	});
	it('sites-2022 (notes): no other year used as many sites as 2022', () => {
		const sitesByYear = new Map<string, Set<string>>();
		for (const l of missileLaunches) {
			if (l.siteId === 'unknown') continue;
			const year = l.date.slice(0, 4);
			sitesByYear.set(year, (sitesByYear.get(year) ?? new Set()).add(l.siteId));
		}
		const most = Math.max(...[...sitesByYear.values()].map(s => s.size));
		const busiest = [...sitesByYear].filter(([, s]) => s.size === most).map(([y]) => y);
		expect(busiest).toEqual(['2022']);
	});
	it('launches-2017 (notes): the first intercontinental ballistic missiles in the record flew in 2017', () => {
		const icbm = missileLaunches.filter(l => l.type === 'ICBM').map(l => l.date);
		expect(icbm.length).toBeGreaterThan(0);
		expect(icbm.sort()[0]?.slice(0, 4)).toBe('2017');
	});
	it('sites-all: Pyongyang International Airport is the busiest site', () => {
		const counts = new Map<string, number>();
		for (const l of missileLaunches) counts.set(l.siteId, (counts.get(l.siteId) ?? 0) + 1);
		expect([...counts].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('pyongyang');
	});
	it('scatter-stat: the correlation is modest, could be chance, and rises without the preliminary year', () => {
		const { all, final } = theftLaunchScatterData(theftByYear, missileLaunches);
		expect(all.r).toBeGreaterThanOrEqual(0.3);
		expect(all.r).toBeLessThan(0.5);
		expect(all.p).toBeGreaterThan(0.05);
		expect(final.r).toBeGreaterThan(all.r);
	});
	it('scatter-records: 2018 at zero launches with a large haul; 2025 the biggest haul with few launches', () => {
		expect(missilesIn(2018)).toBe(0);
		expect(missilesIn(2025)).toBeLessThan(missilesIn(2022)! / 4);
	});
});
