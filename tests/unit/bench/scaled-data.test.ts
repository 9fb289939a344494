/**
 * The bench's scaled copy of data/ (tests/bench/scaled-data.mjs): it passes the build's own
 * checks, has N times the records, keeps every claim of the copy true, varies the records rather
 * than repeating them, and is the same on every run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COPY_FILE, loadAll } from '../../../src/build/load.ts';
import { failedClaims } from '../../../src/story/claims/index.ts';
import { writeScaledData } from '../../bench/scaled-data.mjs';

const DATA = resolve(import.meta.dirname, '../../../data');
const base = mkdtempSync(join(tmpdir(), 'scaled-data-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const real = loadAll(DATA);
const [one, two] = [join(base, 'a'), join(base, 'b')];
const counts = await writeScaledData({ from: DATA, to: one, thefts: 10, launches: 3 });
await writeScaledData({ from: DATA, to: two, thefts: 10, launches: 3 });
const scaled = loadAll(one);
const hacks = scaled.dataset.exchangeHacks;

describe('writeScaledData({ from, to, thefts, launches })', () => {
	it('writes a folder the build accepts, with thefts × 10 and launches × 3', () => {
		expect(counts).toEqual({
			thefts: real.dataset.exchangeHacks.length * 10,
			launches: real.dataset.missileLaunches.length * 3
		});
		expect(hacks).toHaveLength(counts.thefts);
		expect(scaled.dataset.missileLaunches).toHaveLength(counts.launches);
		expect(scaled.copy.steps).toHaveLength(real.copy.steps.length);
	});

	it('keeps every real record as it is', () => {
		expect(hacks.slice(0, real.dataset.exchangeHacks.length)).toEqual(real.dataset.exchangeHacks);
		const ids = new Set(scaled.dataset.missileLaunches.map(l => l.id));
		expect(real.dataset.missileLaunches.filter(l => !ids.has(l.id))).toEqual([]);
	});

	it('keeps every claim of the copy true', () =>
		expect(failedClaims(scaled.dataset, readFileSync(join(one, COPY_FILE), 'utf8'))).toEqual([]));

	it('varies the copies: names, amounts, places, dates', () => {
		const added = hacks.slice(real.dataset.exchangeHacks.length);
		const distinct = (f: (h: (typeof added)[number]) => unknown) => new Set(added.map(f)).size;
		expect(distinct(h => h.platform)).toBe(added.length);
		expect(distinct(h => h.usd)).toBeGreaterThan(added.length * 0.9);
		expect(distinct(h => `${h.lat},${h.lon}`)).toBeGreaterThan(added.length * 0.7);
		// some originals are dated only by month or year, and their copies keep that precision
		expect(distinct(h => h.date)).toBeGreaterThan(added.length * 0.6);
		const unplaced = added.filter(h => h.locationPrecision === 'none').length / added.length;
		expect(unplaced).toBeGreaterThan(0.05);
		expect(unplaced).toBeLessThan(0.3);
	});

	it('never gives a copy more than its original, in the same year', () => {
		const byId = new Map(real.dataset.exchangeHacks.map(h => [h.id, h]));
		for (const h of hacks.slice(real.dataset.exchangeHacks.length)) {
			const original = byId.get(h.id.replace(/-x\d+$/, ''))!;
			expect(h.date.slice(0, 4)).toBe(original.date.slice(0, 4));
			expect(h.usd ?? 0).toBeLessThanOrEqual(original.usd ?? 0);
		}
	});

	it('writes the same folder on every run', () => {
		for (const file of ['exchange-hacks.json', 'missile-launches.json'])
			expect(readFileSync(join(two, file), 'utf8')).toBe(readFileSync(join(one, file), 'utf8'));
	});

	it('refuses a factor that is not a whole number of at least 1, naming it', async () => {
		await expect(
			writeScaledData({ from: DATA, to: join(base, 'c'), thefts: 0.5, launches: 3 })
		).rejects.toThrow('thefts (for exchange-hacks.json) must be a whole number of at least 1');
	});
});
