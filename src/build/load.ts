/**
 * Reads data/ from disk and runs every check: the records (src/data/dataset.ts) and the copy
 * (src/story/copy.ts). Node only; used by the Vite plugin and by `npm run data:check`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { parseDataset, type Dataset } from '../data/dataset.ts';
import { DataError } from '../data/validate.ts';
import { parseCopy } from '../story/copy.ts';
import type { Copy } from '../story/types.ts';
import { placeholderResolver } from '../story/placeholders.ts';

export const COPY_FILE = 'story.aml';

export interface Loaded {
	dataset: Dataset;
	copy: Copy;
}

function reader(dataDir: string) {
	return (file: string) => {
		try {
			return readFileSync(join(dataDir, file), 'utf8');
		} catch (err) {
			const found = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err);
			throw new DataError([
				{
					file: `data/${file}`,
					index: null,
					id: null,
					field: '',
					expected: 'a readable file',
					found
				}
			]);
		}
	};
}

/** Loads and checks everything in `dataDir`. Throws a DataError naming every problem. */
export function loadAll(dataDir: string): Loaded {
	const read = reader(dataDir);
	const dataset = parseDataset(read);
	const copy = parseCopy(archieml.load(read(COPY_FILE)), {
		resolve: placeholderResolver(dataset),
		hackIds: new Set(dataset.exchangeHacks.map(h => h.id)),
		siteIds: new Set(dataset.launchSites.map(site => site.id))
	});
	return { dataset, copy };
}
