/** What the copy claims about launches and sites: record years and months, first and busiest. Each claim quotes the copy and recomputes it (./index.ts). */
import { launchesByMonth } from '../../data/derive/launches.ts';
import { missilesIn } from '../../data/derive/sites.ts';
import * as c from './common.ts';

export const LAUNCHES_CLAIMS: readonly c.Claim[] = [
	{
		where: 'launches-2017',
		says: 'the first intercontinental ballistic missiles in the record',
		check: d => {
			const icbm = d.data.missileLaunches
				.filter(l => l.type === 'ICBM')
				.map(l => l.date)
				.sort();
			return c.expect(
				icbm[0]?.startsWith('2017') ?? false,
				'the first ICBM in the record is not from 2017'
			);
		}
	},
	{
		where: 'launches-2018',
		says: 'CNS records no missile launches at all',
		check: d => c.expect(c.missilesInYear(d, 2018) === 0, 'CNS records launches in 2018')
	},
	{
		where: 'launches-2022',
		says: 'both counts hit records at once',
		check: d =>
			c.expect(
				c.missilesInYear(d, 2022) === c.maxOf(d.figures.years.map(y => y.missiles)) &&
					(c.theftIn(d, 2022) ?? 0) >
						c.maxOf(
							c
								.theftYears(d)
								.filter(y => y < 2022)
								.map(y => c.theftIn(d, y))
						),
				'2022 is not both the launch record and the theft record of its time'
			)
	},
	{
		where: 'launches-2022',
		says: 'the most in any year',
		check: d =>
			c.expect(
				c.missilesInYear(d, 2022) === c.maxOf(d.figures.years.map(y => y.missiles)),
				'2022 is not the year with the most launches'
			)
	},
	{
		where: 'launches-recent',
		says: 'Launches fell to',
		check: d =>
			c.expect(
				(c.missilesInYear(d, 2023) ?? 0) < (c.missilesInYear(d, 2022) ?? 0) &&
					(c.missilesInYear(d, 2024) ?? 0) > (c.missilesInYear(d, 2023) ?? 0) &&
					(c.missilesInYear(d, 2025) ?? 0) < (c.missilesInYear(d, 2024) ?? 0),
				'launches did not fall in 2023, rise in 2024 and drop in 2025'
			)
	},
	{
		where: 'launches-recent',
		says: 'the year of the record theft',
		check: d =>
			c.expect(
				c.theftIn(d, 2025) === c.maxOf(d.figures.theft.map(t => t.usd)),
				'2025 is not the record theft year'
			)
	},
	{
		where: 'monthly',
		says: 'falls in a month with no launches',
		check: d => {
			const largest = d.figures.ranked[0];
			const month = largest?.date.slice(0, 7) ?? '';
			const m = launchesByMonth(d.data.missileLaunches, month, month)[0];
			return c.expect(m?.missiles === 0, "the largest confirmed theft's month had launches");
		}
	},
	{
		where: 'ronin',
		says: 'the busiest month of the year',
		check: d => {
			const months = launchesByMonth(d.data.missileLaunches, '2022-01', '2022-12');
			return c.expect(
				months.find(m => m.month === '2022-11')?.missiles === c.maxOf(months.map(m => m.missiles)),
				'November was not the busiest month of 2022'
			);
		}
	},
	{
		where: 'scatter-records',
		says: 'with the most launches and, at the time, the most theft',
		check: d =>
			c.expect(
				c.missilesInYear(d, 2022) === c.maxOf(d.figures.pairs.map(p => p.missiles)) &&
					(c.theftIn(d, 2022) ?? 0) >
						c.maxOf(
							c
								.theftYears(d)
								.filter(y => y < 2022)
								.map(y => c.theftIn(d, y))
						),
				'2022 does not have the most launches and the most theft of its time'
			)
	},
	{
		where: 'scatter-records',
		says: '2025, the biggest haul of all, had few launches',
		check: d =>
			c.expect(
				c.theftIn(d, 2025) === c.maxOf(d.figures.pairs.map(p => p.usd)) &&
					(c.missilesInYear(d, 2025) ?? Infinity) < (c.missilesInYear(d, 2022) ?? 0) / 4,
				'2025 is not the biggest haul, or its launches are not few'
			)
	},
	{
		where: 'sites-all',
		says: "The busiest is Pyongyang's international airport",
		check: d => {
			const busiest = [...d.figures.sites.sites].sort((a, b) => missilesIn(b) - missilesIn(a))[0];
			return c.expect(
				busiest?.id === 'pyongyang',
				'Pyongyang International Airport is not the busiest site'
			);
		}
	},
	{
		where: 'sites-early',
		says: 'most of them from Tonghae',
		check: d => {
			const early = d.figures.sites.sites.map(s => ({ id: s.id, n: missilesIn(s, [1984, 2011]) }));
			const total = early.reduce((sum, s) => sum + s.n, 0);
			return c.expect(
				(early.find(s => s.id === 'tonghae')?.n ?? 0) / total > 0.5,
				'Tonghae did not launch most missiles before 2012'
			);
		}
	},
	{
		where: 'sites-2022',
		says: 'In the record year of 2022',
		check: d =>
			c.expect(
				c.missilesInYear(d, 2022) === c.maxOf(d.figures.years.map(y => y.missiles)),
				'2022 is not the record year'
			)
	},
	{
		where: 'sites-2022',
		says: 'no other year used as many sites',
		check: d => {
			const years = d.figures.years.map(y => y.year);
			const most = c.maxOf(years.map(y => c.sitesIn(d, y)));
			const busiest = years.filter(y => c.sitesIn(d, y) === most);
			return c.expect(
				busiest.length === 1 && busiest[0] === 2022,
				'another year used as many sites as 2022'
			);
		}
	},
	{
		where: 'sites-recent',
		says: "each year's launches have come from fewer places",
		check: d => {
			const counts = [2022, 2023, 2024, 2025].map(y => c.sitesIn(d, y));
			return c.expect(
				counts.every((c, i) => i === 0 || c <= (counts[i - 1] ?? 0)) &&
					(counts[3] ?? 0) < (counts[0] ?? 0),
				'the sites used did not fall each year since 2022'
			);
		}
	},
	{
		where: 'launches-2022',
		says: 'the most of any year',
		check: d =>
			c.expect(
				c.missilesInYear(d, 2022) === c.maxOf(d.figures.years.map(y => y.missiles)),
				'2022 is not the year with the most launches'
			)
	},
	{
		where: 'january-2022',
		says: 'it was the most ever in a single month',
		check: d => {
			const us = d.data.missileCounts.find(m => m.id === 'unsc-2022-01');
			return c.expect(
				us?.periodLabel === '2022-01' && d.figures.recordMonth?.month !== '2022-01',
				"the US statement on January 2022 is gone from the data, or CNS's busiest month is January 2022 (the step contrasts the two)"
			);
		}
	},
	{
		where: 'january-2022',
		says: 'cites January 2022 as the record month',
		check: d =>
			c.expect(
				d.figures.recordMonth?.month !== '2022-01',
				"CNS's busiest month is January 2022 (the notes contrast the two)"
			)
	},
	{
		where: 'sites-all',
		says: 'the largest is at Pyongyang International Airport',
		check: d => {
			const busiest = [...d.figures.sites.sites].sort((a, b) => missilesIn(b) - missilesIn(a))[0];
			return c.expect(
				busiest?.id === 'pyongyang',
				'Pyongyang International Airport is not the busiest site'
			);
		}
	},
	{
		where: 'sites-early',
		says: 'the largest circle at Tonghae',
		check: d => {
			const early = [...d.figures.sites.sites].sort(
				(a, b) => missilesIn(b, [1984, 2011]) - missilesIn(a, [1984, 2011])
			)[0];
			return c.expect(early?.id === 'tonghae', 'Tonghae is not the busiest site before 2012');
		}
	}
];
