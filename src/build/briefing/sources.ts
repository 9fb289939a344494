/**
 * Every source the story cites, for the pack's sources slide and page. They come from the one place
 * every figure's source is kept: the `sources` of each record in data/ (src/data/fields.ts), the
 * same lists the data downloads carry. A citation is listed once, however many records cite it; two
 * citations of one address (a compilation and the chart it transcribes, say) stay apart. Pure.
 */
import type { Dataset } from '../../data/dataset.ts';
import type { Source } from '../../data/fields.ts';
import { apDate } from '../../lib/format.ts';

/** Each distinct source in the dataset, by publisher, then date, then title. */
export function citedSources(dataset: Dataset): Source[] {
	const seen = new Map<string, Source>();
	for (const records of Object.values(dataset) as readonly (readonly object[])[])
		for (const record of records)
			for (const s of (record as { sources?: readonly Source[] }).sources ?? []) {
				const key = JSON.stringify([s.publisher, s.title, s.date, s.url, s.readVia ?? null]);
				if (!seen.has(key)) seen.set(key, s);
			}
	const order = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
	return [...seen.values()].sort(
		(a, b) =>
			order.compare(a.publisher, b.publisher) ||
			a.date.localeCompare(b.date) ||
			order.compare(a.title, b.title) ||
			a.url.localeCompare(b.url)
	);
}

/** A source as one entry of a list: "Publisher: Title, March 2022 (read via Outlet)." */
export function sourceText(s: Source): string {
	const via = s.readVia ? ` (read via ${s.readVia})` : '';
	const title = s.title.replace(/[.\s]+$/, '');
	return `${s.publisher}: ${title}, ${apDate(s.date)}${via}.`;
}
