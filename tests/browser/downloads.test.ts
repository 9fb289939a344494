/**
 * The built site publishes every dataset for readers under data/, as CSV and JSON, with the
 * sources beside each figure (the methodology section links these files).
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { resolve } from 'node:path';
import { loadAll } from '../../src/build/load.ts';
import { downloads } from '../../src/data/files.ts';

// the downloads hold the whole records, as the build reads them
const data = loadAll(resolve(import.meta.dirname, '../../data')).dataset;

describe('dist/data/ downloads', () => {
	for (const d of downloads()) {
		it(`serves ${d.csv} and ${d.json} with every record and its sources`, async () => {
			const records = data[d.name] as readonly { id: string }[];
			const base = inject('baseURL');
			const csv = await fetch(new URL(d.csv, base));
			expect(csv.status).toBe(200);
			expect(csv.headers.get('content-type')).toContain('text/csv');
			const rows = csvParse(await csv.text());
			expect(rows.map(r => r.id)).toEqual(records.map(r => r.id));
			expect(rows.columns).toEqual(expect.arrayContaining(['source1_publisher', 'source1_url']));
			const json = await fetch(new URL(d.json, base));
			expect(await json.json()).toEqual(records);
		});
	}
});
