/**
 * The figures the copy may cite, by placeholder name: `{theft.2018}` in data/story.aml becomes
 * "$522M". Every value is computed from data/ and formatted by src/lib/format.ts, so the text and
 * the charts can't disagree. Pure.
 */
import type { Dataset } from '../data/dataset.ts';
import { latestByYear } from '../data/derive/theft.ts';
import { apDate, count, usd } from '../lib/format.ts';

/** Placeholder name → the text it stands for. */
export type PlaceholderTable = ReadonlyMap<string, string>;

const PLACEHOLDER = /\{([a-z0-9.-]+)\}/gi;

/** Every placeholder the copy may use, with its value. */
export function placeholderTable(data: Dataset): PlaceholderTable {
	const table = new Map<string, string>();
	for (const e of latestByYear(data.theftByYear)) {
		table.set(`theft.${e.year}`, usd(e.usd));
		table.set(`theft.${e.year}.vintage`, apDate(e.vintage));
		if (e.incidents !== null) table.set(`theft.${e.year}.incidents`, count(e.incidents));
	}
	return table;
}

/**
 * Replaces each `{name}` in `text` by its value. A name that isn't in the table is reported
 * through `unknown` (and left in place), so the caller can fail the build with every bad name.
 */
export function fillPlaceholders(
	text: string,
	table: PlaceholderTable,
	unknown: (name: string) => void
): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => {
		const value = table.get(name);
		if (value === undefined) {
			unknown(name);
			return whole;
		}
		return value;
	});
}
