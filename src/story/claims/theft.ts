/** What the copy claims about theft: records, rankings and revisions of the yearly figures. Each claim quotes the copy and recomputes it (./index.ts). */
import { isConfirmed } from '../../data/derive/hacks.ts';
import * as c from './common.ts';

export const THEFT_CLAIMS: readonly c.Claim[] = [
	{
		where: 'dek',
		says: 'the most in any year Chainalysis has counted',
		check: d =>
			c.expect(
				c.theftIn(d, 2025) === c.maxOf(d.figures.theft.map(t => t.usd)),
				'2025 is not the largest year of the main series'
			)
	},
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
			const first = Math.min(...years);
			const others = new Set(
				d.data.theftByYear
					.filter(
						t => t.estimator !== 'Chainalysis' && t.coverage === 'full-year' && isConfirmed(t)
					)
					.map(t => `${t.estimator}:${t.year}`)
			);
			const complete = [...new Set(d.data.theftByYear.map(t => t.estimator))]
				.filter(e => e !== 'Chainalysis')
				.filter(e => years.every(y => others.has(`${e}:${y}`)));
			return c.expect(
				first === 2016 && years.length === Math.max(...years) - 2015 && complete.length === 0,
				'Chainalysis lacks a year since 2016, or another estimator has every year too'
			);
		}
	},
	{
		where: 'theft-2018',
		says: 'a record at the time',
		check: d =>
			c.expect(
				(c.theftIn(d, 2018) ?? 0) >
					c.maxOf(
						c
							.theftYears(d)
							.filter(y => y < 2018)
							.map(y => c.theftIn(d, y))
					),
				'2018 is not larger than every earlier year'
			)
	},
	{
		where: 'theft-2022',
		says: 'That record fell in 2022',
		check: d =>
			c.expect(
				(c.theftIn(d, 2022) ?? 0) >
					c.maxOf(
						c
							.theftYears(d)
							.filter(y => y < 2022)
							.map(y => c.theftIn(d, y))
					),
				'2022 is not larger than every earlier year'
			)
	},
	{
		where: 'theft-2022',
		says: 'It first said',
		check: d => {
			const of2022 = d.data.theftByYear.filter(
				t => t.estimator === 'Chainalysis' && t.year === 2022
			);
			const first = [...of2022].sort((a, b) => a.vintage.localeCompare(b.vintage))[0];
			return c.expect(
				first?.id === 'chainalysis-2022-v2023-02',
				"the cited estimate is not Chainalysis's first for 2022"
			);
		}
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
		where: 'theft-2025',
		says: 'the most in any year it has counted, and Bybit accounts for most of it',
		check: d =>
			c.expect(
				c.theftIn(d, 2025) === c.maxOf(d.figures.theft.map(t => t.usd)) &&
					(c.hack(d, 'bybit-2025-02')?.usd ?? 0) / (c.theftIn(d, 2025) ?? Infinity) > 0.5,
				'2025 is not the largest year, or Bybit is not most of it'
			)
	},
	{
		where: 'spread',
		says: 'Chainalysis first put 2023 at more than',
		check: d => {
			const first = d.data.theftByYear.find(t => t.id === 'chainalysis-2023-v2024-01');
			const earlier = d.data.theftByYear.filter(
				t =>
					t.estimator === 'Chainalysis' &&
					t.year === 2023 &&
					t.coverage === 'full-year' &&
					first &&
					t.vintage < first.vintage
			);
			return c.expect(
				!!first && earlier.length === 0 && (c.theftIn(d, 2023) ?? 0) < first.usd,
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
	},
	{
		where: 'theft-2025',
		says: "is most of the year's",
		check: d =>
			c.expect(
				(c.hack(d, 'bybit-2025-02')?.usd ?? 0) / (c.theftIn(d, 2025) ?? Infinity) > 0.5,
				"Bybit is not most of 2025's theft"
			)
	}
];
