/**
 * Every kind of bad input fails with a message that names the file, the record (index and id),
 * the field, what was expected and what was found, and nothing is dropped silently. Each row
 * breaks one thing in the valid fixture dataset (tests/fixtures/valid/).
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/dataset.ts';
import { dataErrorOf, fixtureText, readerWith, withRecord } from './fixtures.ts';

const HACKS = 'exchange-hacks.json';
const LAUNCHES = 'missile-launches.json';
const SITES = 'launch-sites.json';
const THEFT = 'theft-by-year.json';
const PERIOD = 'theft-period-estimates.json';

interface Case {
	kind: string;
	file: string;
	text: string;
	/** Every one of these must appear in the error message. */
	says: string[];
}

const cases: Case[] = [
	{
		kind: 'invalid JSON',
		file: HACKS,
		text: fixtureText(HACKS)
			.replace(/,\s*\]\s*$/, ']')
			.replace('"kind"', 'kind'),
		says: ['data/exchange-hacks.json: expected valid JSON, found invalid JSON', 'near line']
	},
	{
		kind: 'an empty file',
		file: SITES,
		text: '',
		says: ['data/launch-sites.json: expected a JSON array of records, found an empty file']
	},
	{
		kind: 'an empty list',
		file: SITES,
		text: '[]',
		says: ['data/launch-sites.json: expected at least one record, found an empty array']
	},
	{
		kind: 'a record without sources',
		file: HACKS,
		text: withRecord(HACKS, 0, r => (r.sources = [])),
		says: [
			'data/exchange-hacks.json: record 0 (id "coincheck-2018-01"): field "sources": expected at least one source, found []'
		]
	},
	{
		kind: 'a source without a URL',
		file: THEFT,
		text: withRecord(THEFT, 1, r => delete (r.sources as Record<string, unknown>[])[0]!.url),
		says: [
			'data/theft-by-year.json: record 1 (id "chainalysis-2019"): field "sources[0].url": expected a value (the field is required)'
		]
	},
	{
		kind: 'a bad date',
		file: LAUNCHES,
		text: withRecord(LAUNCHES, 0, r => (r.date = '2022-02-30')),
		says: [
			'data/missile-launches.json: record 0 (id "2022-01-04-1"): field "date": expected a real calendar date',
			'found "2022-02-30"'
		]
	},
	{
		kind: 'a date less precise than it claims',
		file: LAUNCHES,
		text: withRecord(LAUNCHES, 0, r => (r.date = '2022-01')),
		says: [
			'field "date": expected a date as precise as datePrecision says (YYYY-MM-DD for "day", YYYY-MM for "month"), found "2022-01"'
		]
	},
	{
		kind: 'a negative USD amount',
		file: HACKS,
		text: withRecord(HACKS, 3, r => (r.usd = -1_500_000_000)),
		says: [
			'record 3 (id "bybit-2025-02"): field "usd": expected a non-negative amount in US dollars, found -1500000000'
		]
	},
	{
		kind: 'a non-numeric USD amount',
		file: THEFT,
		text: withRecord(THEFT, 0, r => (r.usd = '$522M')),
		says: ['field "usd": expected an amount in US dollars (a number), found "$522M"']
	},
	{
		kind: 'a USD range the wrong way round',
		file: HACKS,
		text: withRecord(HACKS, 3, r => (r.usdRange = [1_500_000_000, 1_400_000_000])),
		says: [
			'field "usdRange": expected a range [low, high] with low no greater than high, found [1500000000,1400000000]'
		]
	},
	{
		kind: 'a latitude out of range',
		file: HACKS,
		text: withRecord(HACKS, 3, r => (r.lat = 125.27)),
		says: [
			'record 3 (id "bybit-2025-02"): field "lat": expected a latitude between -90 and 90, found 125.27'
		]
	},
	{
		kind: 'half a coordinate pair',
		file: HACKS,
		text: withRecord(HACKS, 3, r => (r.lon = null)),
		says: [
			'field "lat": expected lat and lon both set with a located precision, or both null with locationPrecision "none"'
		]
	},
	{
		kind: 'a duplicate id',
		file: LAUNCHES,
		text: withRecord(LAUNCHES, 1, r => (r.id = '2022-01-04-1')),
		says: [
			'record 1 (id "2022-01-04-1"): field "id": expected a unique id (record 0 already has it), found "2022-01-04-1"'
		]
	},
	{
		kind: 'a launch at an unknown site',
		file: LAUNCHES,
		text: withRecord(LAUNCHES, 2, r => (r.siteId = 'atlantis')),
		says: [
			'data/missile-launches.json: record 2 (id "2022-01-14-1"): field "siteId": expected the id of a site in data/launch-sites.json, found "atlantis"'
		]
	},
	{
		kind: 'an unknown incident kind',
		file: HACKS,
		text: withRecord(HACKS, 0, r => (r.kind = 'bank')),
		says: [
			'field "kind": expected a kind: centralized-exchange, defi-bridge, wallet, payment-other, found "bank"'
		]
	},
	{
		kind: 'an unknown missile type',
		file: LAUNCHES,
		text: withRecord(LAUNCHES, 0, r => (r.type = 'cruise')),
		says: [
			'field "type": expected a missile type: SRBM, MRBM, IRBM, ICBM, SLBM, SLV, HGV, unknown, found "cruise"'
		]
	},
	{
		kind: 'an unknown attribution level',
		file: HACKS,
		text: withRecord(HACKS, 0, r => (r.attributionLevel = 'certain')),
		says: [
			'field "attributionLevel": expected an attribution level: official, analytics-firm, suspected, disputed, found "certain"'
		]
	},
	{
		kind: 'a wrong field type',
		file: LAUNCHES,
		text: withRecord(LAUNCHES, 0, r => (r.preliminary = 'no')),
		says: [
			'field "preliminary": expected true or false (is this a provisional record?), found "no"'
		]
	},
	{
		kind: 'a misspelt field name',
		file: SITES,
		text: withRecord(SITES, 0, r => (r.latitude = r.lat)),
		says: ['field "latitude": expected no field "latitude" (not in the schema; check the spelling)']
	},
	{
		kind: 'a share above 100%',
		file: PERIOD,
		text: withRecord(PERIOD, 1, r => (r.share = 50)),
		says: [
			'record 1 (id "un-poe-share-fx-income"): field "share": expected a share between 0 and 1, found 50'
		]
	},
	{
		kind: 'a source with a javascript: URL',
		file: HACKS,
		text: withRecord(
			HACKS,
			0,
			r => ((r.sources as Record<string, unknown>[])[0]!.url = 'javascript:alert(document.cookie)')
		),
		says: [
			'field "sources[0].url": expected an http(s) URL, found "javascript:alert(document.cookie)"'
		]
	},
	{
		kind: 'a verification level the data does not know',
		file: HACKS,
		text: withRecord(HACKS, 0, r => (r.verification = 'rumoured')),
		says: [
			'data/exchange-hacks.json: record 0 (id "coincheck-2018-01"): field "verification": expected "confirmed" (a primary source or a major outlet) or "reported" (not confirmed yet), found "rumoured"'
		]
	},
	{
		kind: 'a record without its verification level',
		file: THEFT,
		text: withRecord(THEFT, 1, r => delete r.verification),
		says: [
			'data/theft-by-year.json: record 1 (id "chainalysis-2019"): field "verification": expected a value (the field is required)'
		]
	},
	{
		kind: 'a launch only reported, not confirmed',
		file: LAUNCHES,
		text: withRecord(LAUNCHES, 1, r => (r.verification = 'reported')),
		says: [
			'data/missile-launches.json: record 1 (id "2022-01-10-1"): field "verification": expected "confirmed": a launch record is a CNS record; a launch only reported goes in missile-counts-other-sources.json, found "reported"'
		]
	}
];

describe('parseDataset(read) rejects bad input, saying where and what', () => {
	it('accepts the valid fixture dataset', () => {
		const data = parseDataset(readerWith('', ''));
		expect(data.missileLaunches.length).toBeGreaterThan(0);
		expect(data.exchangeHacks.map(h => h.id)).toContain('alphapo-2023-07');
	});

	for (const { kind, file, text, says } of cases) {
		it(`rejects ${kind} in ${file}`, () => {
			const error = dataErrorOf(() => parseDataset(readerWith(file, text)));
			for (const phrase of says) expect(error.message).toContain(phrase);
			for (const problem of error.problems) {
				expect(problem.file).toBe(`data/${file}`);
				expect(problem.expected.length).toBeGreaterThan(0);
				expect(problem.found.length).toBeGreaterThan(0);
			}
		});
	}

	it('reports problems in several files at once', () => {
		const read = (name: string) =>
			name === HACKS
				? withRecord(HACKS, 0, r => (r.usd = -1))
				: name === SITES
					? ''
					: fixtureText(name);
		const files = dataErrorOf(() => parseDataset(read)).problems.map(p => p.file);
		expect(new Set(files)).toEqual(new Set(['data/exchange-hacks.json', 'data/launch-sites.json']));
	});

	it('keeps an incident without a location, with null coordinates', () => {
		const alphapo = parseDataset(readerWith('', '')).exchangeHacks.find(
			h => h.id === 'alphapo-2023-07'
		);
		expect(alphapo).toMatchObject({ lat: null, lon: null, city: null, locationPrecision: 'none' });
	});
});
