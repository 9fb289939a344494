/**
 * A year's range across estimators (src/data/derive/spread.ts): the real 2022 and 2023 ranges
 * against the fact base, and the rule on small made-up records.
 */
import { describe, expect, it } from 'vitest';
import { theftByYear } from '../../../src/data/index.ts';
import { theftSpreads } from '../../../src/data/derive/spread.ts';
import type { TheftEstimate } from '../../../src/data/types.ts';

const spreads = theftSpreads(theftByYear);

describe('theftSpreads(estimates) on the real data', () => {
	it("2022: from $630M (UN, South Korea's estimate) to $1.65bn (Chainalysis), five estimators", () =>
		expect(spreads.get(2022)).toMatchObject({
			low: 630_000_000,
			high: 1_650_000_000,
			points: [
				{ estimator: 'Chainalysis', usd: 1_650_000_000 },
				{ estimator: 'TRM Labs', usd: 850_000_000 },
				{ estimator: 'Elliptic', usd: 1_350_000_000 },
				{ estimator: 'UN Panel of Experts', usd: 630_000_000, usdHigh: 1_000_000_000 },
				{ estimator: 'South Korea NIS', usd: 700_000_000 }
			]
		}));
	it('2023: from $600M (TRM Labs) to more than $750M (UN panel)', () =>
		expect(spreads.get(2023)).toMatchObject({ low: 600_000_000, high: 750_000_000 }));
	it('2016, with Chainalysis alone, has no range', () => expect(spreads.has(2016)).toBe(false));
	it('2025 leaves out the partial-year figures (TRM first half, Elliptic and MSMT to date)', () =>
		expect(spreads.get(2025)?.points.map(p => p.estimator)).toEqual([
			'Chainalysis',
			'US State Department'
		]));
});

const estimate = (over: Partial<TheftEstimate>): TheftEstimate => ({
	id: 'x',
	year: 2030,
	estimator: 'Chainalysis',
	usd: 100,
	qualifier: 'stated',
	incidents: null,
	coverage: 'full-year',
	vintage: '2031-01-01',
	approximate: false,
	verification: 'confirmed',
	sources: [],
	...over
});

describe('theftSpreads(estimates): the rule', () => {
	it('counts each estimator once, with its latest full-year vintage', () =>
		expect(
			theftSpreads([
				estimate({ usd: 900, vintage: '2031-01-01' }),
				estimate({ usd: 100, vintage: '2032-01-01' }),
				estimate({ estimator: 'TRM Labs', usd: 300 })
			]).get(2030)
		).toMatchObject({ low: 100, high: 300 }));
	it('takes an upper bound as the high end', () =>
		expect(
			theftSpreads([
				estimate({ usd: 100 }),
				estimate({ estimator: 'TRM Labs', usd: 50, usdHigh: 400, qualifier: 'range' })
			]).get(2030)
		).toMatchObject({ low: 50, high: 400 }));
	it('gives no range for one estimator, even one that states a range', () =>
		expect(
			theftSpreads([
				estimate({ usd: 100, usdHigh: 400, qualifier: 'range' }),
				estimate({ estimator: 'TRM Labs', usd: 900, coverage: 'partial-year', coverageNote: 'H1' })
			]).size
		).toBe(0));
	it('leaves out a figure that is only reported, not confirmed', () =>
		expect(
			theftSpreads([
				estimate({ usd: 100 }),
				estimate({ estimator: 'TRM Labs', usd: 300 }),
				estimate({ estimator: 'Elliptic', usd: 5000, verification: 'reported' })
			]).get(2030)
		).toMatchObject({ low: 100, high: 300 }));
	it('does not mutate its input', () => {
		const input = theftByYear.slice(0, 12);
		const before = JSON.stringify(input);
		theftSpreads(input);
		expect(JSON.stringify(input)).toBe(before);
	});
});
