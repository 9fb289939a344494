/** What the copy claims about theft: records, rankings and revisions of the yearly figures. Each claim quotes the copy and recomputes it (./index.ts). */
import { isConfirmed } from '../../data/derive/hacks.ts';
import * as c from './common.ts';

const bybitShare = (d: c.ClaimData) =>
	(c.hack(d, 'bybit-2025-02')?.usd ?? 0) / (c.theftIn(d, 2025) ?? Infinity);

/** Chainalysis's earliest full-year figure for a year (its first vintage). */
const firstVintage = (d: c.ClaimData, year: number) =>
	d.data.theftByYear
		.filter(t => t.estimator === 'Chainalysis' && t.year === year && t.coverage === 'full-year')
		.sort((a, b) => a.vintage.localeCompare(b.vintage))[0];

export const THEFT_CLAIMS: readonly c.Claim[] = [
	...c.pins(
		d => c.expect(c.isTheftRecord(d, 2025), '2025 is not the largest year of the main series'),
		['dek', 'the most in any year Chainalysis has counted'],
		['launches-recent', 'the year of the record theft']
	),
	...c.pins(
		d =>
			c.expect(
				c.isTheftRecord(d, 2025) && bybitShare(d) > 0.5,
				'2025 is not the largest year, or Bybit is not most of it'
			),
		['theft-2025', 'the most in any year it has counted, and Bybit accounts for most of it'],
		['theft-2025', "is most of the year's"]
	),
	{
		where: 'bybit',
		says: "one theft bigger than any year's total before 2022",
		check: d =>
			c.expect(
				(c.hack(d, 'bybit-2025-02')?.usd ?? 0) >
					c.maxOf(d.figures.theft.filter(t => t.year < 2022).map(t => t.usd)),
				'Bybit is not bigger than every yearly total before 2022'
			)
	},
	{
		where: 'theft-by-year',
		says: 'it is the only estimator with a figure for every year since 2016',
		check: d => {
			const years = c.theftYears(d).filter(y => y >= 2016);
			const has = new Set(
				d.data.theftByYear
					.filter(t => t.coverage === 'full-year' && isConfirmed(t))
					.map(t => `${t.estimator}:${t.year}`)
			);
			const complete = [...new Set(d.data.theftByYear.map(t => t.estimator))].filter(e =>
				years.every(y => has.has(`${e}:${y}`))
			);
			return c.expect(
				Math.min(...years) === 2016 &&
					years.length === Math.max(...years) - 2015 &&
					complete.join() === 'Chainalysis',
				'Chainalysis lacks a year since 2016, or another estimator has every year too'
			);
		}
	},
	...c.pins(
		d => c.expect(c.isTheftRecordThen(d, 2018), '2018 is not larger than every earlier year'),
		['theft-2018', 'a record at the time']
	),
	...c.pins(
		d => c.expect(c.isTheftRecordThen(d, 2022), '2022 is not larger than every earlier year'),
		['theft-2022', 'That record fell in 2022']
	),
	{
		where: 'theft-2022',
		says: 'It first said',
		check: d =>
			c.expect(
				firstVintage(d, 2022)?.id === 'chainalysis-2022-v2023-02',
				"the cited estimate is not Chainalysis's first for 2022"
			)
	},
	{
		where: 'theft-2022',
		says: 'the largest until 2025',
		check: d =>
			c.expect(
				(c.theftIn(d, 2022) ?? 0) > c.maxOf([2023, 2024].map(y => c.theftIn(d, y))) &&
					(c.theftIn(d, 2025) ?? 0) > (c.theftIn(d, 2022) ?? 0),
				'2022 was not the largest year until 2025'
			)
	},
	{
		where: 'spread',
		says: 'Chainalysis first put 2023 at more than',
		check: d => {
			const first = firstVintage(d, 2023);
			return c.expect(
				first?.id === 'chainalysis-2023-v2024-01' && (c.theftIn(d, 2023) ?? 0) < first.usd,
				"the cited figure is not Chainalysis's first full-year figure for 2023, or it was not cut"
			);
		}
	},
	{
		where: 'monitoring',
		says: 'before the year was out',
		check: d => {
			const msmt = d.data.theftByYear.find(t => t.id === 'msmt-2025-jan-sep');
			return c.expect(
				msmt?.coverage === 'partial-year' && msmt.year === 2025,
				'the MSMT figure is not a 2025 partial-year figure'
			);
		}
	},
	{
		where: 'un-window',
		says: "The UN panel's final report",
		check: d =>
			c.expect(
				!!d.data.events.find(e => e.id === 'un-panel-ends'),
				'the data no longer records the end of the UN panel'
			)
	}
];
