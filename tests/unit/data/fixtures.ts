/**
 * The valid fixture dataset (tests/fixtures/valid/), and ways to break one file of it for the
 * bad-input tests. Each helper returns new text; the fixtures on disk are never changed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataError } from '../../../src/data/validate.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/valid');

export function fixtureText(file: string): string {
	return readFileSync(resolve(FIXTURES, file), 'utf8');
}

export type Rec = Record<string, unknown>;

/** The fixture file with record `index` changed by `change`. */
export function withRecord(file: string, index: number, change: (r: Rec) => void): string {
	const records = JSON.parse(fixtureText(file)) as Rec[];
	change(records[index] as Rec);
	return JSON.stringify(records, null, '\t');
}

/** A reader of the fixture dataset in which `file` reads as `text`. */
export function readerWith(file: string, text: string) {
	return (name: string) => (name === file ? text : fixtureText(name));
}

/** Runs `fn` and returns the DataError it throws (fails the test if it throws nothing). */
export function dataErrorOf(fn: () => unknown): DataError {
	try {
		fn();
	} catch (err) {
		if (err instanceof DataError) return err;
		throw err;
	}
	throw new Error('expected a DataError, but the data was accepted');
}
