/** Theft series derived from data/theft-by-year.json, against the fact base (facts.md §1 and §5). */
import { describe, expect, it } from 'vitest';
import * as data from '../../../src/data/index.ts';
import { mainTheftSeries } from '../../../src/data/index.ts';
import { latestByEstimator, latestByYear } from '../../../src/data/derive/theft.ts';

const estimates = data.theftByYear;
/** Every estimate of a year, oldest first. */
const estimatesForYear = (year: number) =>
	estimates.filter(e => e.year === year).sort((a, b) => a.vintage.localeCompare(b.vintage));

describe('latestByYear(estimates) — the main Chainalysis series', () => {
	it('has one figure per year, 2016 to 2025', () =>
		expect(mainTheftSeries.map(d => d.year)).toEqual([
			2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025
		]));

	it('matches the fact base, latest full-year vintage of each year', () =>
		expect(Object.fromEntries(mainTheftSeries.map(d => [d.year, d.usd]))).toEqual({
			2016: 1_500_000,
			2017: 29_000_000,
			2018: 522_000_000,
			2019: 271_000_000,
			2020: 300_000_000,
			2021: 429_000_000,
			2022: 1_650_000_000,
			2023: 660_500_000,
			2024: 1_340_000_000,
			2025: 2_020_000_000
		}));

	it('labels each year with its vintage', () =>
		expect(Object.fromEntries(mainTheftSeries.map(d => [d.year, d.vintage]))).toMatchObject({
			2021: '2023-02-01',
			2022: '2023-09-14',
			2023: '2024-12-19',
			2025: '2025-12-18'
		}));

	it('marks the chart readings (2016, 2017, 2019, 2020) approximate and nothing else', () =>
		expect(mainTheftSeries.filter(d => d.approximate).map(d => d.year)).toEqual([
			2016, 2017, 2019, 2020
		]));

	it('never lets a year-to-date figure stand for a year', () => {
		const ytd = estimatesForYear(2023).find(e => e.coverage === 'partial-year');
		expect(ytd?.usd).toBe(340_400_000);
		expect(mainTheftSeries.find(d => d.year === 2023)?.usd).toBe(660_500_000);
	});

	it('keeps the superseded vintages in the data: 2021 $395M, 2022 $1.7bn, 2023 about $1bn', () => {
		const firstFullYear = (year: number) =>
			estimatesForYear(year).find(e => e.estimator === 'Chainalysis' && e.coverage === 'full-year')
				?.usd;
		expect([firstFullYear(2021), firstFullYear(2022), firstFullYear(2023)]).toEqual([
			395_000_000, 1_700_000_000, 1_000_000_000
		]);
	});

	it('does not mutate its input', () => {
		const input = [...estimates].reverse();
		const before = input.map(d => d.id);
		latestByYear(input);
		expect(input.map(d => d.id)).toEqual(before);
	});
});

describe('latestByEstimator(estimates) — the other estimators', () => {
	const series = latestByEstimator(estimates);
	const usdOf = (estimator: string, year: number) =>
		series.get(estimator as never)?.find(e => e.year === year)?.usd;

	it('TRM Labs: stated figures replace chart readings where both exist', () => {
		const trm2022 = series.get('TRM Labs')?.find(e => e.year === 2022);
		expect(trm2022).toMatchObject({ usd: 850_000_000, approximate: false });
		expect(series.get('TRM Labs')?.find(e => e.year === 2019)).toMatchObject({
			usd: 200_000_000,
			approximate: true
		});
	});
	it('TRM 2023: $600M, up to $700M', () =>
		expect(series.get('TRM Labs')?.find(e => e.year === 2023)).toMatchObject({
			usd: 600_000_000,
			usdHigh: 700_000_000
		}));
	it('Elliptic 2022: $1.35bn; UN panel 2022: $630M to more than $1bn', () => {
		expect(usdOf('Elliptic', 2022)).toBe(1_350_000_000);
		expect(series.get('UN Panel of Experts')?.find(e => e.year === 2022)).toMatchObject({
			usd: 630_000_000,
			usdHigh: 1_000_000_000
		});
	});
});
