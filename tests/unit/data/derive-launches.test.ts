/**
 * Launch series derived from data/missile-launches.json, checked against the fact base
 * (../shared/research/facts.md §2.2 and the CNS-via-nagix tables; expected values copied here).
 */
import { describe, expect, it } from 'vitest';
import * as data from '../../../src/data/index.ts';
import {
	launchesIn,
	launchesByMonth,
	launchesByYear,
	launchSpan,
	latestLaunchDate,
	nextMonth
} from '../../../src/data/derive/launches.ts';
import type { MissileLaunch } from '../../../src/data/types.ts';

const launches = data.missileLaunches;

describe('launchesByYear(launches, from, to)', () => {
	const years = launchesByYear(launches, 1984, 2026);
	const byYear = new Map(years.map(y => [y.year, y]));
	// facts.md §2.2: year → [missiles, launch days, success, failure, unknown]
	const table: [number, number, number, number, number, number][] = [
		[1984, 6, 2, 3, 3, 0],
		[1986, 1, 1, 0, 0, 1],
		[1998, 1, 1, 0, 1, 0],
		[2006, 7, 1, 6, 1, 0],
		[2009, 8, 2, 7, 1, 0],
		[2013, 6, 3, 6, 0, 0],
		[2014, 19, 11, 19, 0, 0],
		[2015, 15, 7, 13, 2, 0],
		[2016, 24, 16, 14, 10, 0],
		[2017, 21, 15, 14, 6, 1],
		[2018, 0, 0, 0, 0, 0],
		[2019, 27, 14, 26, 1, 0],
		[2020, 9, 4, 9, 0, 0],
		[2021, 6, 4, 6, 0, 0],
		[2022, 69, 34, 42, 5, 22],
		[2023, 33, 19, 21, 3, 9],
		[2024, 41, 12, 37, 1, 3],
		[2025, 11, 7, 0, 0, 11],
		[2026, 25, 6, 0, 1, 24]
	];
	for (const [year, missiles, days, success, failure, unknown] of table) {
		it(`${year}: ${missiles} missiles on ${days} launch days (${success}/${failure}/${unknown})`, () =>
			expect(byYear.get(year)).toMatchObject({
				missiles,
				launchDays: days,
				success,
				failure,
				unknown
			}));
	}
	it('covers every year from 1984 to 2026, zeros included', () => {
		expect(years.map(y => y.year)).toEqual(Array.from({ length: 43 }, (_, i) => 1984 + i));
		expect(byYear.get(1985)?.missiles).toBe(0);
	});
	it('counts 339 missiles in all, the same as the records', () =>
		expect(years.reduce((s, y) => s + y.missiles, 0)).toBe(launches.length));
	it('2017 had 3 ICBMs and 2023 had 5 ICBMs and 3 satellite launchers', () => {
		expect(byYear.get(2017)?.byType.ICBM).toBe(3);
		expect(byYear.get(2023)?.byType).toMatchObject({ ICBM: 5, SLV: 3 });
	});
	it('only 2025 and 2026 hold preliminary records, and all of theirs are', () => {
		for (const y of years) expect(y.preliminary, `${y.year}`).toBe(y.year >= 2025 ? y.missiles : 0);
	});
});

describe('launchesByMonth(launches, from, to)', () => {
	const months = launchesByMonth(launches, '2021-01', '2026-04');
	const byMonth = new Map(months.map(m => [m.month, m]));
	it('January 2022: 9 missiles on 6 days, the monthly record', () => {
		expect(byMonth.get('2022-01')).toMatchObject({ missiles: 9, launchDays: 6 });
		const before2024 = months.filter(m => m.month < '2024-01');
		expect(Math.max(...before2024.map(m => m.missiles))).toBeGreaterThanOrEqual(9);
	});
	const table: [string, number, number][] = [
		['2022-11', 16, 6],
		['2024-05', 19, 2],
		['2026-03', 12, 1],
		['2022-07', 0, 0]
	];
	for (const [month, missiles, days] of table) {
		it(`${month}: ${missiles} missiles on ${days} days`, () =>
			expect(byMonth.get(month)).toMatchObject({ missiles, launchDays: days }));
	}
	it('is continuous, one entry per month, across year ends', () => {
		expect(months.length).toBe(12 * 5 + 4);
		expect(months.map(m => m.month).slice(11, 13)).toEqual(['2021-12', '2022-01']);
	});
	it('bins by the UTC date in the record, never by local time', () => {
		const lastDay = {
			...(launches[0] as MissileLaunch),
			id: 'x',
			date: '2022-01-31',
			timeUtc: '23:59'
		};
		const [jan, feb] = launchesByMonth([lastDay], '2022-01', '2022-02');
		expect([jan?.missiles, feb?.missiles]).toEqual([1, 0]);
	});
	it('nextMonth rolls over December', () => expect(nextMonth('2021-12')).toBe('2022-01'));
});

describe('small helpers', () => {
	it('launchesIn counts distinct UTC dates as launch days', () => {
		expect(launchesIn(launches, '2022-01-01', '2022-01-31')).toMatchObject({
			missiles: 9,
			launchDays: 6
		});
	});
	it('the UN panel window (28 July 2023 to 26 Jan 2024) holds 8 missiles besides satellite launchers (facts.md §2.4)', () => {
		const window = launchesIn(launches, '2023-07-28', '2024-01-26');
		expect(window).toMatchObject({ missiles: 10, ballistic: 8, byType: { ICBM: 1, SLV: 2 } });
	});
	it('the latest launch in the data is on 2026-04-18', () =>
		expect(latestLaunchDate(launches)).toBe('2026-04-18'));
	it('launchSpan: the records run from 1984-04-09 to 2026-04-18, so 2026 is a partial year', () =>
		expect(launchSpan(launches)).toEqual({
			first: '1984-04-09',
			latest: '2026-04-18',
			firstYear: 1984,
			lastYear: 2026,
			partialYear: 2026
		}));
	it('launchSpan: records that run through Dec. 31 leave no partial year', () => {
		const last = { ...(launches[0] as MissileLaunch), id: 'x', date: '2026-12-31' };
		expect(launchSpan([...launches, last]).partialYear).toBeNull();
	});
	it('does not mutate its input', () => {
		const input = launches.slice(0, 20);
		const before = JSON.stringify(input);
		launchesByYear(input, 1984, 1990);
		launchesByMonth(input, '1984-01', '1986-12');
		launchSpan(input);
		expect(JSON.stringify(input)).toBe(before);
	});
});
