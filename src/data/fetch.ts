/**
 * THE loader of the data a graphic draws, in the published site: each dataset is a JSON file
 * beside the scripts (assets/data-<name>-<hash>.json, written by src/build/dataset-plugin.ts),
 * fetched from the site's own origin when a graphic that draws it is near, once per page, and
 * parsed with JSON.parse, not compiled as JavaScript. So a graphic's chunk does not grow with the
 * records, and a surface's first screen carries only the records of its first graphic.
 *
 * Two halves, so a failed download can be retried without reloading the page:
 *   - `fetchDatasets(names)`: one attempt at each file not yet loaded (the part loader,
 *     src/story/parts.svelte.ts, starts it beside the graphic's chunk and shows a failure);
 *   - `dataset(name)`: what a dataset's module awaits (a top-level await): it settles with the
 *     first attempt that succeeds, however many failed before.
 * The development server, the prerender, the tests and the offline file have the records inside
 * the dataset's module instead, and never call this.
 */
import { files } from 'virtual:data-files';
import { fetchJson } from '../lib/fetch-json.ts';

interface Entry {
	/** Settles with the records, on the first successful download. */
	ready: Promise<unknown>;
	resolve: (records: unknown) => void;
	/** The download under way, if any. */
	attempt: Promise<void> | null;
	loaded: boolean;
}

const entries = new Map<string, Entry>();

function entry(name: string): Entry {
	let found = entries.get(name);
	if (!found) {
		let resolve!: (records: unknown) => void;
		const ready = new Promise<unknown>(r => (resolve = r));
		found = { ready, resolve, attempt: null, loaded: false };
		entries.set(name, found);
	}
	return found;
}

function attempt(name: string): Promise<void> {
	const e = entry(name);
	if (e.loaded) return Promise.resolve();
	if (e.attempt) return e.attempt;
	const file = files[name];
	if (!file) return Promise.reject(new Error(`no data file for the dataset "${name}"`));
	e.attempt = fetchJson(file).then(
		records => {
			e.loaded = true;
			e.resolve(records);
		},
		(err: unknown) => {
			e.attempt = null;
			throw err;
		}
	);
	return e.attempt;
}

/** Starts (or joins) the download of each dataset not yet loaded; rejects if one fails. */
export function fetchDatasets(names: readonly string[]): Promise<void> {
	return Promise.all(names.filter(n => n in files).map(attempt)).then(() => undefined);
}

/** The records of a dataset, once a download has succeeded (starting one if none has begun). */
export function dataset(name: string): Promise<unknown> {
	const e = entry(name);
	if (!e.loaded && !e.attempt) attempt(name).catch(() => undefined);
	return e.ready;
}
