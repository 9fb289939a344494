/**
 * Bad data must fail loudly and precisely: every message names the file, the record (index and
 * id), the field, what was expected and what was found. Each row below breaks one thing in a
 * valid fixture.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { theftEstimate } from '../../../src/data/schemas.ts';
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

	const bad: { kind: string; text: string; message: string }[] = [
		{
			kind: 'invalid JSON',
			text: validText.replace('"usd": 522000000,', '"usd": 522000000'),
			message: `${FILE}: expected valid JSON, found invalid JSON`
		},
		{
			kind: 'an empty file',
			text: '  \n',
			message: `${FILE}: expected a JSON array of records, found an empty file`
		},
		{
			kind: 'an object instead of an array',
			text: '{"records": []}',
			message: `${FILE}: expected a JSON array of records, found {"records":[]}`
		},
		{
			kind: 'a missing source',
			text: withRecord(0, r => (r.sources = [])),
			message: `${FILE}: record 0 (id "chainalysis-2018"): field "sources": expected at least one source, found []`
		},
		{
			kind: 'a bad date',
			text: withRecord(1, r => (r.vintage = '2019-13-01')),
			message: `${FILE}: record 1 (id "chainalysis-2019"): field "vintage": expected a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD), found "2019-13-01"`
		},
		{
			kind: 'a negative amount',
			text: withRecord(0, r => (r.usd = -5)),
			message: `${FILE}: record 0 (id "chainalysis-2018"): field "usd": expected a non-negative amount in US dollars, found -5`
		},
		{
			kind: 'a non-numeric amount',
			text: withRecord(0, r => (r.usd = '522M')),
			message: `${FILE}: record 0 (id "chainalysis-2018"): field "usd": expected an amount in US dollars (a number), found "522M"`
		},
		{
			kind: 'a duplicate id',
			text: withRecord(1, r => (r.id = 'chainalysis-2018')),
			message: `${FILE}: record 1 (id "chainalysis-2018"): field "id": expected a unique id (record 0 already has it), found "chainalysis-2018"`
		},
		{
			kind: 'an unknown estimator',
			text: withRecord(0, r => (r.estimator = 'Gartner')),
			message: `field "estimator": expected one of the estimators: Chainalysis, TRM Labs, Elliptic, UN Panel of Experts, MSMT, South Korea NIS, found "Gartner"`
		},
		{
			kind: 'a wrong field type',
			text: withRecord(0, r => (r.approximate = 'no')),
			message: `field "approximate": expected true or false (is the figure read off a chart?), found "no"`
		},
		{
			kind: 'a missing field',
			text: withRecord(0, r => delete r.year),
			message: `record 0 (id "chainalysis-2018"): field "year": expected a value (the field is required), found nothing (the field is missing)`
		},
		{
			kind: 'a misspelt field',
			text: withRecord(0, r => (r.vintge = '2022')),
			message: `field "vintge": expected no field "vintge" (not in the schema; check the spelling)`
		},
		{
			kind: 'a javascript: URL in a source',
			text: withRecord(
				0,
				r => ((r.sources as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)')
			),
			message: `field "sources[0].url": expected an http(s) URL, found "javascript:alert(1)"`
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

	it('does not mutate the text it was given', () => {
		const before = validText.slice();
		parseRecords(FILE, validText, theftEstimate);
		expect(validText).toBe(before);
	});
});
