/** What the copy claims about launches and sites: record years and months, first and busiest. Each claim quotes the copy and recomputes it (./index.ts). */
import { launchesByMonth } from '../../data/derive/launches.ts';
import { missilesIn } from '../../data/derive/sites.ts';
import * as c from './common.ts';

const EARLY: readonly [number, number] = [1984, 2011];

/** Missiles in each month of a span (UTC). */
const months = (d: c.ClaimData, from: string, to: string) =>
	launchesByMonth(d.data.missileLaunches, from, to);

export const LAUNCHES_CLAIMS: readonly c.Claim[] = [
	{
		where: 'launches-2017',
		says: 'the first intercontinental ballistic missiles in the record',
		check: d => {
			const icbm = d.data.missileLaunches.filter(l => l.type === 'ICBM').map(l => l.date);
			return c.expect(
				icbm.sort()[0]?.startsWith('2017') ?? false,
				'the first ICBM in the record is not from 2017'
			);
		}
	},
	{
		where: 'launches-2018',
		says: 'CNS records no missile launches at all',
		check: d => c.expect(c.missilesInYear(d, 2018) === 0, 'CNS records launches in 2018')
	},
	...c.pins(
		d => c.expect(c.isLaunchRecord(d, 2022), '2022 is not the year with the most launches'),
		['launches-2022', 'the most in any year'],
		['launches-2022', 'the most of any year'],
		['sites-2022', 'In the record year of 2022']
	),
	...c.pins(
		d =>
			c.expect(
				c.isLaunchRecord(d, 2022) && c.isTheftRecordThen(d, 2022),
				'2022 is not both the launch record and the theft record of its time'
			),
		['launches-2022', 'both counts hit records at once'],
		['scatter-records', 'with the most launches and, at the time, the most theft']
	),
	{
		where: 'launches-recent',
		says: 'Launches fell to',
		check: d => {
			const [y22, y23, y24, y25] = [2022, 2023, 2024, 2025].map(y => c.missilesInYear(d, y) ?? 0);
			return c.expect(
				y23! < y22! && y24! > y23! && y25! < y24!,
				'launches did not fall in 2023, rise in 2024 and drop in 2025'
			);
		}
	},
	{
		where: 'monthly',
		says: 'falls in a month with no launches',
		check: d => {
			const month = d.figures.ranked[0]?.date.slice(0, 7) ?? '';
			return c.expect(
				months(d, month, month)[0]?.missiles === 0,
				"the largest confirmed theft's month had launches"
			);
		}
	},
	{
		where: 'ronin',
		says: 'the busiest month of the year',
		check: d => {
			const of2022 = months(d, '2022-01', '2022-12');
			return c.expect(
				of2022.find(m => m.month === '2022-11')?.missiles === c.maxOf(of2022.map(m => m.missiles)),
				'November was not the busiest month of 2022'
			);
		}
	},
	...c.pins(
		d =>
			c.expect(
				d.figures.recordMonth?.month !== '2022-01' &&
					d.data.missileCounts.some(m => m.id === 'unsc-2022-01'),
				"CNS's busiest month is January 2022, or the US statement is gone (the step contrasts the two)"
			),
		['january-2022', 'it was the most ever in a single month'],
		['january-2022', 'cites January 2022 as the record month']
	),
	{
		where: 'scatter-records',
		says: '2025, the biggest haul of all, had few launches',
		check: d =>
			c.expect(
				c.isTheftRecord(d, 2025) &&
					(c.missilesInYear(d, 2025) ?? Infinity) < (c.missilesInYear(d, 2022) ?? 0) / 4,
				'2025 is not the biggest haul, or its launches are not few'
			)
	},
	...c.pins(
		d =>
			c.expect(
				c.busiestSite(d)?.id === 'pyongyang',
				'Pyongyang International Airport is not the busiest site'
			),
		['sites-all', "The busiest is Pyongyang's international airport"],
		['sites-all', 'the largest is at Pyongyang International Airport']
	),
	...c.pins(
		d => {
			const total = d.figures.sites.sites.reduce((sum, s) => sum + missilesIn(s, EARLY), 0);
			const tonghae = d.figures.sites.sites.find(s => s.id === 'tonghae');
			return c.expect(
				c.busiestSite(d, EARLY)?.id === 'tonghae' &&
					(tonghae ? missilesIn(tonghae, EARLY) : 0) / total > 0.5,
				'Tonghae did not launch most missiles before 2012'
			);
		},
		['sites-early', 'most of them from Tonghae'],
		['sites-early', 'the largest circle at Tonghae']
	),
	{
		where: 'sites-2022',
		says: 'no other year used as many sites',
		check: d => {
			const years = d.figures.years.map(y => y.year);
			const most = c.maxOf(years.map(y => c.sitesIn(d, y)));
			const busiest = years.filter(y => c.sitesIn(d, y) === most);
			return c.expect(busiest.join() === '2022', 'another year used as many sites as 2022');
		}
	},
	{
		where: 'sites-recent',
		says: "each year's launches have come from fewer places",
		check: d => {
			const counts = [2022, 2023, 2024, 2025].map(y => c.sitesIn(d, y));
			return c.expect(
				counts.every((n, i) => i === 0 || n <= counts[i - 1]!) && counts[3]! < counts[0]!,
				'the sites used did not fall each year since 2022'
			);
		}
	}
];
