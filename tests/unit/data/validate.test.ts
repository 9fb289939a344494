/**
 * Bad data must fail loudly and precisely: every message names the file, the record (index and
 * id), the field, what was expected and what was found. Each row below breaks one thing in a
 * valid fixture.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { theftEstimate } from '../../../src/data/schemas/theft-by-year.ts';
import { DataError, parseRecords } from '../../../src/data/validate.ts';

const FILE = 'data/theft-by-year.json';
const validText = readFileSync(
	resolve(import.meta.dirname, '../../fixtures/valid/theft-by-year.json'),
	'utf8'
);
const valid = JSON.parse(validText) as Record<string, unknown>[];

/** The fixture with record `index` changed by `change` (a copy; the fixture is untouched). */
function withRecord(index: number, change: (r: Record<string, unknown>) => void): string {
	const copy = structuredClone(valid);
	change(copy[index] as Record<string, unknown>);
	return JSON.stringify(copy);
}

function errorOf(text: string): DataError {
	try {
		parseRecords(FILE, text, theftEstimate);
	} catch (err) {
		if (err instanceof DataError) return err;
		throw err;
	}
	throw new Error('expected the file to be rejected');
}

describe('parseRecords(file, text, theftEstimate)', () => {
	it('returns the valid fixture as typed, frozen records', () => {
		const records = parseRecords(FILE, validText, theftEstimate);
		expect(records.map(r => r.id)).toEqual([
			'chainalysis-2018',
			'chainalysis-2019',
			'chainalysis-2022',
			'chainalysis-2025'
		]);
		expect(Object.isFrozen(records[0])).toBe(true);
		expect(Object.isFrozen(records[0]?.sources[0])).toBe(true);
	});

	// the kinds of bad input every file shares are in bad-input.test.ts; these are this schema's own rules
	const bad: { kind: string; text: string; message: string }[] = [
		{
			kind: 'an object instead of an array',
			text: '{"records": []}',
			message: `${FILE}: expected a JSON array of records, found {"records":[]}`
		},
		{
			kind: 'an unknown estimator',
			text: withRecord(0, r => (r.estimator = 'Gartner')),
			message: `field "estimator": expected one of the estimators: Chainalysis, TRM Labs, Elliptic, UN Panel of Experts, MSMT, South Korea NIS, US State Department, found "Gartner"`
		},
		{
			kind: 'an upper bound below the figure',
			text: withRecord(0, r => (r.usdHigh = 1)),
			message: `record 0 (id "chainalysis-2018"): field "usdHigh": expected an upper bound no smaller than usd, found 1`
		},
		{
			kind: 'a partial-year figure that does not say which part',
			text: withRecord(0, r => (r.coverage = 'partial-year')),
			message: `field "coverageNote": expected a coverageNote saying which part of the year a partial-year figure covers, found nothing (the field is missing)`
		},
		{
			kind: 'a missing field',
			text: withRecord(0, r => delete r.year),
			message: `record 0 (id "chainalysis-2018"): field "year": expected a value (the field is required), found nothing (the field is missing)`
		}
	];
	for (const { kind, text, message } of bad) {
		it(`rejects ${kind}, saying where and what`, () =>
			expect(errorOf(text).message).toContain(message));
	}

	it('reports every problem in the file at once, not just the first', () => {
		const text = JSON.stringify(valid.map((r, i) => ({ ...r, usd: -1 - i })));
		expect(errorOf(text).problems.map(p => [p.index, p.field])).toEqual(
			valid.map((_, i) => [i, 'usd'])
		);
	});
});
