/** The datasets as downloads: flat CSV rows with every source beside its figure. */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { flattenRecord, toCsv } from '../../../src/build/downloads.ts';
import { resolve } from 'node:path';
import { loadAll } from '../../../src/build/load.ts';
import { downloads } from '../../../src/data/files.ts';

// the downloads are written from the whole records, as the build reads them
const data = loadAll(resolve(import.meta.dirname, '../../../data')).dataset;

describe('flattenRecord(record)', () => {
	it('spreads sources over numbered columns and tuples over numbered fields', () => {
		const row = flattenRecord({
			id: 'x',
			usdRange: [1, 2],
			sources: [
				{ publisher: 'A', url: 'https://a' },
				{ publisher: 'B', url: 'https://b' }
			]
		});
		expect(Object.fromEntries(row)).toEqual({
			id: 'x',
			usdRange_1: 1,
			usdRange_2: 2,
			source1_publisher: 'A',
			source1_url: 'https://a',
			source2_publisher: 'B',
			source2_url: 'https://b'
		});
	});
});

describe('toCsv(records)', () => {
	it('writes every record with its sources; nulls as empty cells', () => {
		const rows = csvParse(toCsv(data.exchangeHacks));
		expect(rows.length).toBe(data.exchangeHacks.length);
		const alphapo = rows.find(r => r.id === 'alphapo-2023-07');
		expect(alphapo).toMatchObject({
			lat: '',
			lon: '',
			usd: '60000000',
			source1_publisher: 'Cointelegraph'
		});
		expect(rows.columns).toContain('source3_url');
	});
	it("keeps the first record's column order and adds later columns at the end", () =>
		expect(toCsv([{ a: 1 }, { b: 2, a: 3 }])).toBe('a,b\n1,\n3,2\n'));
	it('quotes commas and quotes, and defuses spreadsheet formulas', () =>
		expect(toCsv([{ t: 'a, "b"' }, { t: '=HYPERLINK("x")' }, { t: '-5 is text' }])).toBe(
			't\n"a, ""b"""\n"\'=HYPERLINK(""x"")"\n-5 is text\n'
		));
});

describe('downloads()', () => {
	it('publishes every dataset as CSV and JSON under data/', () =>
		expect(downloads().map(d => d.csv)).toEqual([
			'data/theft-by-year.csv',
			'data/theft-period-estimates.csv',
			'data/missile-launches.csv',
			'data/launch-sites.csv',
			'data/missile-counts-other-sources.csv',
			'data/exchange-hacks.csv',
			'data/events.csv',
			'data/figures.csv'
		]));
});
