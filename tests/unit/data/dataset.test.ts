/**
 * The real data/ passes every check the build runs, and holds what the fact base holds
 * (../shared/research/facts.md; counts copied here as expected values).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../../src/build/load.ts';
import * as data from '../../../src/data/index.ts';
import { CLIENT_FIELDS } from '../../../src/data/client-fields.ts';
import { DATA_FILE_NAMES } from '../../../src/data/files.ts';

const DATA = resolve(import.meta.dirname, '../../../data');

describe('data/ as the build reads it', () => {
	it('loads and validates from disk (the same check as `npm run data:check`)', () => {
		const loaded = loadAll(DATA);
		expect(loaded.dataset.missileLaunches.length).toBe(data.missileLaunches.length);
		expect(loaded.copy.steps.length).toBeGreaterThan(0);
	});

	it('gives every record of every file at least one source with an http(s) address', () => {
		const { dataset } = loadAll(DATA);
		for (const name of Object.keys(DATA_FILE_NAMES) as (keyof typeof DATA_FILE_NAMES)[]) {
			const records = dataset[name];
			for (const r of records as readonly { id: string; sources: readonly { url: string }[] }[]) {
				expect(r.sources.length, `${name} ${r.id}`).toBeGreaterThan(0);
				for (const s of r.sources) expect(s.url, `${name} ${r.id}`).toMatch(/^https?:\/\//);
			}
		}
	});

	it('ships to the browser only the fields the pages use (the downloads keep all)', () => {
		const { dataset } = loadAll(DATA);
		for (const [name, fields] of Object.entries(CLIENT_FIELDS)) {
			const shipped = data[name as keyof typeof CLIENT_FIELDS] as readonly object[];
			expect(shipped.length, name).toBe(dataset[name as keyof typeof CLIENT_FIELDS].length);
			for (const record of shipped)
				expect(fields, name).toEqual(expect.arrayContaining(Object.keys(record)));
		}
		expect(Object.keys(data.missileLaunches[0]!)).not.toContain('sources');
	});

	it('sends each theft’s sources apart, all of them, for when its details open', async () => {
		const { dataset } = loadAll(DATA);
		const sources = await data.exchangeHackSources();
		for (const h of dataset.exchangeHacks) expect(sources[h.id], h.id).toEqual(h.sources);
		expect(Object.isFrozen(sources)).toBe(true);
	});

	it('is frozen: the app cannot change a figure by accident', () => {
		expect(Object.isFrozen(data.exchangeHacks)).toBe(true);
		expect(Object.isFrozen(data.theftByYear[0]?.sources[0])).toBe(true);
	});
});

describe('data/exchange-hacks.json', () => {
	const hacks = data.exchangeHacks;
	it('holds the 29 incidents of the fact base and the three of 2026, one of them reported', () => {
		expect(hacks.length).toBe(32);
		expect(hacks.filter(h => h.verification === 'reported').map(h => h.id)).toEqual([
			'binance-2026-10'
		]);
	});
	it('keeps the six incidents without a location, with null coordinates', () =>
		expect(hacks.filter(h => h.lat === null).map(h => h.id)).toEqual([
			'alphapo-2023-07',
			'poloniex-2023-11',
			'radiant-capital-2024',
			'drift-2026-04',
			'kelpdao-2026-04',
			'binance-2026-10'
		]));
	it('marks Coincheck, and only Coincheck, as disputed', () =>
		expect(hacks.filter(h => h.attributionLevel === 'disputed').map(h => h.platform)).toEqual([
			'Coincheck'
		]));
	it('gives Bybit: Dubai, Feb. 21, 2025, about $1.5bn ($1.4bn–$1.5bn reported), attributed by the FBI', () =>
		expect(hacks.find(h => h.id === 'bybit-2025-02')).toMatchObject({
			city: 'Dubai',
			date: '2025-02-21',
			usd: 1_500_000_000,
			usdRange: [1_400_000_000, 1_500_000_000],
			attributionLevel: 'official'
		}));
	it('places Singapore, Hong Kong, Seychelles and Curaçao incidents by coordinates', () => {
		const countries = new Set(hacks.filter(h => h.lat !== null).map(h => h.country));
		for (const c of ['Singapore', 'Hong Kong (China)', 'Seychelles', 'Curaçao'])
			expect(countries).toContain(c);
	});
	it('places Ronin where Sky Mavis works, Ho Chi Minh City, as a sourced city', () =>
		expect(hacks.find(h => h.id === 'ronin-2022-03')).toMatchObject({
			city: 'Ho Chi Minh City',
			locationPrecision: 'city'
		}));
	it('says when a capital only stands in for an unsourced city', () =>
		expect(hacks.find(h => h.id === 'nicehash-2017-12')).toMatchObject({
			city: 'Ljubljana',
			locationPrecision: 'capital-placeholder'
		}));
	it('dates every theft in UTC: Coincheck on Jan. 25, 2018 (Jan. 26 in Japan)', () =>
		expect(hacks.find(h => h.id === 'coincheck-2018-01')?.date).toBe('2018-01-25'));
});

describe('data/missile-launches.json and data/launch-sites.json', () => {
	it('holds 339 missiles, from April 1984 to April 18, 2026', () => {
		const dates = data.missileLaunches.map(l => l.date).sort();
		expect([data.missileLaunches.length, dates[0], dates.at(-1)]).toEqual([
			339,
			'1984-04-09',
			'2026-04-18'
		]);
	});
	it('flags the 36 provisional 2025–2026 records as preliminary', () =>
		expect(data.missileLaunches.filter(l => l.preliminary).length).toBe(36));
	it('has 56 launch sites, one of them a placeholder for an unknown site', () => {
		expect(data.launchSites.length).toBe(56);
		expect(
			data.launchSites.filter(s => s.locationPrecision === 'placeholder').map(s => s.id)
		).toEqual(['unknown']);
	});
});

describe('data/theft-period-estimates.json', () => {
	const byId = new Map(data.theftPeriodEstimates.map(e => [e.id, e]));
	it("keeps the UN panel's shares with who said them", () => {
		expect(byId.get('un-poe-share-fx-income')).toMatchObject({
			kind: 'share',
			share: 0.5,
			citing: 'one member state'
		});
		expect(byId.get('un-poe-share-wmd')).toMatchObject({
			kind: 'share',
			share: 0.4,
			citing: 'a second member state'
		});
	});
	it('keeps the multi-year totals: UN $3bn (2017–2023), MSMT $2.84bn (Jan 2024–Sep 2025)', () => {
		expect(byId.get('un-poe-2017-2023')).toMatchObject({ usd: 3_000_000_000, incidents: 58 });
		expect(byId.get('msmt-2024-2025')).toMatchObject({ usd: 2_840_000_000, qualifier: 'at-least' });
	});
});
