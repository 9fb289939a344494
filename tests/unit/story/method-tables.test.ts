/** The methodology's tables: every estimate once, with its status; others' counts beside CNS's. */
import { describe, expect, it } from 'vitest';
import {
	mainTheftSeries,
	missileCounts,
	missileLaunches,
	theftByYear
} from '../../../src/data/index.ts';
import { latestByEstimator } from '../../../src/data/derive/theft.ts';
import { resolve } from 'node:path';
import { loadAll } from '../../../src/build/load.ts';
import {
	countsTable,
	estimatesTable,
	phrase,
	reportedTable
} from '../../../src/story/method-tables.ts';

/** The full records (the app's modules carry only the fields the pages draw). */
const { dataset } = loadAll(resolve(import.meta.dirname, '../../../data'));

const rows = estimatesTable(
	theftByYear,
	[...latestByEstimator(theftByYear).values()].flat(),
	mainTheftSeries
);

describe('estimatesTable(estimates, latest, main)', () => {
	it('lists every estimate once, newest year first', () => {
		expect(rows.length).toBe(theftByYear.length);
		expect(rows[0]?.year).toBe(2026);
		expect(rows.at(-1)?.year).toBe(2016);
	});
	it('marks what the charts use, what was superseded, and partial years', () => {
		const of2022 = rows.filter(r => r.year === 2022 && r.estimator === 'Chainalysis');
		expect(of2022.map(r => [r.figure, r.published, r.status])).toEqual([
			['$1.7bn', 'Feb. 1, 2023', 'earlier estimate'],
			['$1.65bn', 'Sept. 14, 2023', 'in the charts']
		]);
		expect(rows.find(r => r.year === 2025 && r.estimator === 'MSMT')?.status).toBe(
			'part of the year (January to September 2025)'
		);
		expect(rows.find(r => r.year === 2019 && r.estimator === 'TRM Labs')?.status).toBe(
			'latest; read off a chart'
		);
	});
});

describe('phrase(estimate)', () => {
	const base = theftByYear.find(e => e.id === 'un-poe-2022')!;
	it('writes a range, an upper bound and a lower bound as the source did', () => {
		expect(phrase(base)).toBe('$630M\u2013$1bn');
		expect(phrase(theftByYear.find(e => e.id === 'trm-2023-v2024-01')!)).toBe('$600M, up to $700M');
		expect(phrase(theftByYear.find(e => e.id === 'msmt-2025-jan-sep')!)).toBe('at least $1.65bn');
	});
});

describe('countsTable(counts, launches)', () => {
	const table = countsTable(missileCounts, missileLaunches);
	it('puts the CNS count for the same dates beside each: 2022 (Japan: at least 59; CNS 69)', () =>
		expect(
			table.find(
				r => r.counter.startsWith('Japan Ministry of Defense') && r.period.includes('2022')
			)
		).toMatchObject({
			count: 'at least 59',
			cns: '69'
		}));
	it('has a row for every published count', () => expect(table.length).toBe(missileCounts.length));
});

describe('reportedTable(dataset)', () => {
	const rows = reportedTable(dataset);
	it('lists every record only reported, thefts first, and no confirmed one', () => {
		const reportedIds = [
			...dataset.exchangeHacks.filter(h => h.verification === 'reported'),
			...dataset.theftByYear.filter(e => e.verification === 'reported')
		];
		expect(rows).toHaveLength(reportedIds.length);
		expect(rows[0]).toMatchObject({ what: 'Theft from Binance', figure: 'about $6.3bn' });
		expect(rows.map(r => r.what)).not.toContain('Theft from Bybit');
	});
	it('says where each was found', () =>
		expect(rows[0]?.found).toContain('OPEN INTEREST (automated'));
});
