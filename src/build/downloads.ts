/**
 * The datasets as files for readers: the validated records as JSON, and as CSV with one column
 * per field, sources spread over numbered columns (source1_publisher, source1_url, ...), so a
 * spreadsheet shows every figure next to where it came from. Pure.
 */
import { csvFormatRows } from 'd3-dsv';

type Cell = string | number | boolean | null;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "sources" → "source": the prefix for numbered columns of a list of objects. */
function singular(key: string): string {
	return key.endsWith('s') ? key.slice(0, -1) : key;
}

/** One record as a flat row: nested lists become numbered columns. */
export function flattenRecord(record: Record<string, unknown>): Map<string, Cell> {
	const row = new Map<string, Cell>();
	for (const [key, value] of Object.entries(record)) {
		if (Array.isArray(value)) {
			value.forEach((item, i) => {
				if (isRecord(item)) {
					for (const [sub, cell] of Object.entries(item))
						row.set(`${singular(key)}${i + 1}_${sub}`, cell as Cell);
				} else row.set(`${key}_${i + 1}`, item as Cell);
			});
		} else if (isRecord(value)) {
			for (const [sub, cell] of Object.entries(value)) row.set(`${key}_${sub}`, cell as Cell);
		} else row.set(key, value as Cell);
	}
	return row;
}

/**
 * A spreadsheet opens a cell that starts with = + @ or a tab as a formula; a leading apostrophe
 * keeps such text as text (OWASP's advice for CSV exports).
 */
function safeCell(cell: Cell | undefined): string {
	if (cell === null || cell === undefined) return '';
	const s = String(cell);
	return typeof cell === 'string' && /^[=+@\t\r]/.test(s) ? `'${s}` : s;
}

/** Records as CSV: columns in first-seen order across all records; empty where a record has none. */
export function toCsv(records: readonly Record<string, unknown>[]): string {
	const rows = records.map(flattenRecord);
	const columns: string[] = [];
	const seen = new Set<string>();
	for (const row of rows)
		for (const key of row.keys())
			if (!seen.has(key)) {
				seen.add(key);
				columns.push(key);
			}
	return `${csvFormatRows([columns, ...rows.map(row => columns.map(c => safeCell(row.get(c))))])}\n`;
}
