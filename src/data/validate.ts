/**
 * Turns the text of one data file into typed records, or throws a `DataError` that names the
 * file, the record (index and id), the field, what was expected and what was found, for every
 * problem at once. Nothing is dropped: a file with one bad record fails as a whole.
 *
 * Pure (text in, records out), so the fixture tests need no file system.
 */
import * as v from 'valibot';
import { deepFreeze } from './freeze.ts';

export interface DataProblem {
	file: string;
	/** Index of the record in the file's array; null for a problem with the whole file. */
	index: number | null;
	/** The record's `id`, when it has a readable one. */
	id: string | null;
	/** Dotted path inside the record (`sources[0].url`); empty for the record or file itself. */
	field: string;
	expected: string;
	found: string;
}

/** A data file failed validation. `problems` holds each one; `message` lists them, one per line. */
export class DataError extends Error {
	readonly problems: readonly DataProblem[];
	constructor(problems: readonly DataProblem[]) {
		super(problems.map(describeProblem).join('\n'));
		this.name = 'DataError';
		this.problems = problems;
	}
}

function describeProblem(p: DataProblem): string {
	const where = p.index === null ? '' : `: record ${p.index}${p.id ? ` (id "${p.id}")` : ''}`;
	const field = p.field ? `: field "${p.field}"` : '';
	return `${p.file}${where}${field}: expected ${p.expected}, found ${p.found}`;
}

/** A short, readable rendering of a value that failed, for the "found" half of a message. */
export function showValue(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	let s: string;
	try {
		s = JSON.stringify(value) ?? String(value);
	} catch {
		s = String(value);
	}
	return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function fileProblem(file: string, expected: string, found: string): DataError {
	return new DataError([{ file, index: null, id: null, field: '', expected, found }]);
}

/** Parses JSON text, reporting an empty file or a syntax error with its line and column. */
function parseJson(file: string, text: string): unknown {
	if (text.trim() === '') throw fileProblem(file, 'a JSON array of records', 'an empty file');
	try {
		return JSON.parse(text);
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		throw fileProblem(
			file,
			'valid JSON',
			`invalid JSON (${message.split('\n').join(' ')}${lineAndColumn(text, message)})`
		);
	}
}

/**
 * Where in the text JSON.parse gave up. V8 states a position for some errors and only quotes the
 * surrounding text for others ("Unexpected token ']', ...\"v\": 49},\n]\" is not valid JSON"),
 * so the quoted text is looked up to find the line.
 */
function errorOffset(text: string, message: string): number | null {
	const position = /position (\d+)/.exec(message);
	if (position) return Number(position[1]);
	const quoted = /"([\s\S]+)" is not valid JSON/
		.exec(message)?.[1]
		?.replace(/^\.\.\.|\.\.\.$/g, '');
	if (!quoted) return null;
	const at = text.indexOf(quoted);
	return at < 0 ? null : at + Math.floor(quoted.length / 2);
}

function lineAndColumn(text: string, message: string): string {
	const offset = errorOffset(text, message);
	if (offset === null) return '';
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `; near line ${line}, column ${column}`;
}

/** The dotted path of an issue inside one record: `usd`, `sources[0].url`. */
function fieldOf(issue: v.BaseIssue<unknown>): string {
	let field = '';
	for (const { key } of issue.path ?? []) {
		if (typeof key === 'number') field += `[${key}]`;
		else field += field ? `.${String(key)}` : String(key);
	}
	return field;
}

export function idOf(record: unknown): string | null {
	if (record && typeof record === 'object' && 'id' in record) {
		const id = (record as { id: unknown }).id;
		if (typeof id === 'string' && id.length > 0 && id.length <= 80) return id;
	}
	return null;
}

/**
 * Validates every record of one file against `schema` and checks that ids are unique.
 * Returns the records frozen; throws a DataError listing every problem found.
 */
export function parseRecords<S extends v.GenericSchema>(
	file: string,
	text: string,
	schema: S
): readonly v.InferOutput<S>[] {
	const json = parseJson(file, text);
	if (!Array.isArray(json)) throw fileProblem(file, 'a JSON array of records', showValue(json));
	if (json.length === 0) throw fileProblem(file, 'at least one record', 'an empty array');
	const problems: DataProblem[] = [];
	const records: v.InferOutput<S>[] = [];
	json.forEach((record: unknown, index: number) => {
		const result = v.safeParse(schema, record);
		if (result.success) records.push(result.output);
		else
			problems.push(...result.issues.map(issue => issueProblem(file, index, idOf(record), issue)));
	});
	problems.push(...duplicateIds(file, json));
	if (problems.length > 0) throw new DataError(problems);
	return Object.freeze(records.map(deepFreeze));
}

/**
 * One valibot issue as a DataProblem. `prefix` is prepended to the field path, for records
 * nested in a larger document (a step's `state.` keys in the copy).
 */
export function issueProblem(
	file: string,
	index: number | null,
	id: string | null,
	issue: v.BaseIssue<unknown>,
	prefix = ''
): DataProblem {
	const base = { file, index, id, field: prefix + fieldOf(issue) };
	const last = issue.path?.at(-1);
	if (issue.expected === 'never' && last?.origin === 'key') {
		// strictObject: a key the schema does not know, most often a misspelt field name
		return {
			...base,
			expected: `no field "${String(last.key)}" (not in the schema; check the spelling) — ${issue.message}`,
			found: showValue(last.value)
		};
	}
	if (issue.type.endsWith('object') && issue.input === undefined && last?.origin === 'key') {
		return { ...base, expected: 'a value (the field is required)', found: showValue(undefined) };
	}
	// forwarded checks (v.forward) carry the whole record as input; the field's own value is on the path
	const value = last && 'value' in last ? last.value : issue.input;
	return { ...base, expected: issue.message, found: showValue(value) };
}

function duplicateIds(file: string, records: unknown[]): DataProblem[] {
	const firstSeen = new Map<string, number>();
	const problems: DataProblem[] = [];
	records.forEach((record, index) => {
		const id = idOf(record);
		if (id === null) return;
		const first = firstSeen.get(id);
		if (first === undefined) firstSeen.set(id, index);
		else
			problems.push({
				file,
				index,
				id,
				field: 'id',
				expected: `a unique id (record ${first} already has it)`,
				found: showValue(id)
			});
	});
	return problems;
}
