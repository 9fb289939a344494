/**
 * The real data/ passes every check, and the derived series match the fact base
 * (../shared/research/facts.md §1.1, copied here as expected values).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestByYear } from '../../../src/data/derive.ts';
import { dataset, mainTheftSeries } from '../../../src/data/index.ts';
import { loadAll } from '../../../src/build/load.ts';

describe('data/ as the build reads it', () => {
	it('loads and validates from disk (the same check as `npm run data:check`)', () => {
		const loaded = loadAll(resolve(import.meta.dirname, '../../../data'));
		expect(loaded.dataset.theftByYear.length).toBe(dataset.theftByYear.length);
		expect(loaded.copy.steps.length).toBeGreaterThan(0);
	});

	it('every record has at least one source with an http(s) address', () => {
		for (const r of dataset.theftByYear) {
			expect(r.sources.length, r.id).toBeGreaterThan(0);
			for (const s of r.sources) expect(s.url, r.id).toMatch(/^https?:\/\//);
		}
	});
});

describe('latestByYear(estimates) — the main Chainalysis series', () => {
	it('has one figure per year, 2016 to 2025', () =>
		expect(mainTheftSeries.map(d => d.year)).toEqual([
			2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025
		]));

	it('matches the fact base, latest vintage of each year', () => {
		const byYear = Object.fromEntries(mainTheftSeries.map(d => [d.year, d.usd]));
		expect(byYear).toEqual({
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
		});
	});

	it('marks the chart readings (2016, 2017, 2019, 2020) approximate and nothing else', () =>
		expect(mainTheftSeries.filter(d => d.approximate).map(d => d.year)).toEqual([
			2016, 2017, 2019, 2020
		]));

	it('prefers the later vintage when a year was revised, and ignores partial years', () => {
		const base = mainTheftSeries.find(d => d.year === 2022)!;
		const older = { ...base, id: 'old', usd: 1_700_000_000, vintage: '2023-02-01' };
		const partial = {
			...base,
			id: 'ytd',
			usd: 1,
			vintage: '2025-01-01',
			coverage: 'partial-year' as const,
			coverageNote: 'to June'
		};
		const [picked] = latestByYear([older, base, partial]);
		expect(picked?.id).toBe(base.id);
	});

	it('does not mutate its input', () => {
		const input = [...dataset.theftByYear].reverse();
		const before = input.map(d => d.id);
		latestByYear(input);
		expect(input.map(d => d.id)).toEqual(before);
	});
});
