/**
 * The boundary between data/ and the app. At build (and dev) time this plugin reads data/,
 * validates it (src/build/load.ts) and serves virtual modules:
 *   - `virtual:data/<name>` (theftByYear, missileLaunches, ...): one file's validated records,
 *     with only the fields the pages use (src/data/client-fields.ts). In the published site's
 *     browser code (`fetched`) the records are not in the module: the build writes them as
 *     assets/data-<name>-<hash>.json, listed in `virtual:data-files`, and the module awaits them
 *     from the one loader (src/data/fetch.ts), so no chunk grows with the records. Everywhere else
 *     (the development server, the prerender, the tests, the offline file) they are inline;
 *   - `virtual:story`: the copy, checked and with its placeholders resolved;
 *   - `virtual:story-figures`: what the story page's script needs: each step's graphic, state and
 *     alt text, and the graphics' titles (the text itself is in the prerendered page);
 *   - `virtual:story-graphic/<graphic-id>`: what an embed of that graphic needs of the copy, and
 *     `virtual:story-graphic-loaders`: a loader of each, one per graphic of the registry;
 *   - `virtual:method`: the methodology's tables, as rows of text.
 * A bad record or a bad step stops `vite build` with the validator's message, so nothing invalid
 * can ship, and the browser never downloads the validators. The build also publishes every
 * dataset for readers, as dist/data/<name>.json and .csv (src/build/downloads.ts).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CLIENT_FIELDS, HACK_SOURCES, project } from '../data/client-fields.ts';
import { DATA_FILES } from '../data/dataset.ts';
import { downloads, type DatasetName } from '../data/files.ts';
import { GRAPHIC_IDS, isGraphicId } from '../graphics/registry.ts';
import { storyFigures, storyGraphic } from '../story/copy.ts';
import { methodTables } from '../story/method-tables.ts';
import { toCsv } from './downloads.ts';

const FREEZE = fileURLToPath(new URL('../data/freeze.ts', import.meta.url));
const FETCH = fileURLToPath(new URL('../data/fetch.ts', import.meta.url));
import { DataError } from '../data/validate.ts';
import { COPY_FILE, loadAll, type Loaded } from './load.ts';

/** `virtual:data/<name>`: one module per dataset, so a lazily loaded graphic brings only its own data. */
const DATA_PREFIX = 'virtual:data/';

/** The dataset a resolved `virtual:data/<name>` module id names, or null for any other id. */
function datasetOf(resolvedId: string): string | null {
	return resolvedId.startsWith(`\0${DATA_PREFIX}`)
		? resolvedId.slice(1 + DATA_PREFIX.length)
		: null;
}
const STORY = 'virtual:story';
const METHOD = 'virtual:method';
const FIGURES = 'virtual:story-figures';
const GRAPHIC_PREFIX = 'virtual:story-graphic/';
const GRAPHIC_LOADERS = 'virtual:story-graphic-loaders';
const DATA_FILES_ID = 'virtual:data-files';

/** JSON.parse of a string literal is faster to start than an object literal of the same size. */
function jsonLiteral(value: unknown): string {
	return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

/** A dataset module: the records, deep-frozen; marked pure so an unused dataset is dropped. */
function datasetModule(records: unknown): string {
	return `import { deepFreeze } from ${JSON.stringify(FREEZE)};\nexport default /* @__PURE__ */ deepFreeze(/* @__PURE__ */ ${jsonLiteral(records)});\n`;
}

/** A dataset module of the published site: it waits for the records' file (src/data/fetch.ts). */
function fetchedModule(name: string): string {
	return `import { deepFreeze } from ${JSON.stringify(FREEZE)};\nimport { dataset } from ${JSON.stringify(FETCH)};\nexport default deepFreeze(await dataset(${JSON.stringify(name)}));\n`;
}

/** A data file of the published site: its JSON and its content-hashed name under assets/. */
interface DataFile {
	fileName: string;
	source: string;
}

function dataFile(name: string, records: unknown): DataFile {
	const source = JSON.stringify(records);
	const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
	return { fileName: `assets/data-${name}-${hash}.json`, source };
}

export interface DatasetPluginOptions {
	dataDir: string;
	/** Write data/<name>.json and .csv for readers (not in the offline build's single file). */
	publish?: boolean;
	/**
	 * In the built site's browser code, fetch each dataset as a JSON file rather than carry it in
	 * the JavaScript (not in the offline build's single file, which can fetch nothing).
	 */
	fetched?: boolean;
}

export function datasetPlugin(options: DatasetPluginOptions): Plugin {
	const dataDir = resolve(options.dataDir);
	const watched = [...Object.values(DATA_FILES).map(d => d.file), COPY_FILE].map(f =>
		resolve(dataDir, f)
	);
	let loaded: Loaded | null = null;
	let building = false;

	const load = (): Loaded => {
		try {
			loaded ??= loadAll(dataDir);
			return loaded;
		} catch (err) {
			// a DataError's message is the whole report; the stack would only hide it
			if (err instanceof DataError)
				err.stack = '(fix the records named above; `npm run data:check` checks data/ alone)';
			throw err;
		}
	};

	/** A dataset's records as the pages get them: only the fields they use. */
	const clientRecords = (name: string): unknown => {
		if (name === HACK_SOURCES)
			return Object.fromEntries(load().dataset.exchangeHacks.map(h => [h.id, h.sources]));
		const records = load().dataset[name as DatasetName] as readonly object[];
		const fields: readonly string[] | undefined = CLIENT_FIELDS[name as keyof typeof CLIENT_FIELDS];
		// only the fields the pages use; the downloads keep every field
		return fields ? records.map(r => project(r, fields)) : records;
	};
	const clientNames = [...Object.keys(DATA_FILES), HACK_SOURCES];
	let files: Map<string, DataFile> | null = null;
	/** The data files of the published site, by dataset name (made once per build). */
	const dataFiles = (): Map<string, DataFile> =>
		(files ??= new Map(clientNames.map(n => [n, dataFile(n, clientRecords(n))])));

	return {
		name: 'dataset',
		configResolved(config) {
			building = config.command === 'build';
		},
		buildStart() {
			files = null;
			for (const file of watched) this.addWatchFile(file);
			load();
		},
		resolveId(id) {
			const known =
				id === STORY ||
				id === DATA_PREFIX + HACK_SOURCES ||
				id === METHOD ||
				id === FIGURES ||
				id === GRAPHIC_LOADERS ||
				id === DATA_FILES_ID ||
				(id.startsWith(GRAPHIC_PREFIX) && isGraphicId(id.slice(GRAPHIC_PREFIX.length))) ||
				(id.startsWith(DATA_PREFIX) && id.slice(DATA_PREFIX.length) in DATA_FILES);
			// side-effect free: a dataset that no code uses is left out of the bundle
			return known ? { id: `\0${id}`, moduleSideEffects: false } : null;
		},
		load(id, loadOptions) {
			// the published site's browser code fetches the records; everything else has them inline
			const client = this.environment
				? this.environment.config.consumer === 'client'
				: !loadOptions?.ssr;
			const fetched = options.fetched === true && building && client;
			if (id === `\0${STORY}`) return `export const copy = ${jsonLiteral(load().copy)};\n`;
			if (id === `\0${DATA_FILES_ID}`) {
				const paths = fetched
					? Object.fromEntries([...dataFiles()].map(([n, f]) => [n, f.fileName]))
					: {};
				return `export const files = ${JSON.stringify(paths)};\n`;
			}
			if (id === `\0${GRAPHIC_LOADERS}`) {
				const rows = GRAPHIC_IDS.map(
					g => `\t${JSON.stringify(g)}: () => import(${JSON.stringify(GRAPHIC_PREFIX + g)})`
				);
				return `export const loaders = {\n${rows.join(',\n')}\n};\n`;
			}
			const graphic = id.startsWith(`\0${GRAPHIC_PREFIX}`)
				? id.slice(1 + GRAPHIC_PREFIX.length)
				: null;
			if (isGraphicId(graphic))
				return `export default ${jsonLiteral(storyGraphic(load().copy, graphic))};\n`;
			if (id === `\0${FIGURES}`) {
				const { steps, graphics } = storyFigures(load().copy);
				return `export const steps = ${jsonLiteral(steps)};\nexport const graphics = ${jsonLiteral(graphics)};\n`;
			}
			if (id === `\0${METHOD}`) {
				// the methodology's tables as text: the page needs the rows, not the records
				const { estimates, counts, reported } = methodTables(load().dataset);
				return `export const estimates = ${jsonLiteral(estimates)};\nexport const counts = ${jsonLiteral(counts)};\nexport const reported = ${jsonLiteral(reported)};\n`;
			}
			const name = datasetOf(id);
			if (name === null) return null;
			return fetched ? fetchedModule(name) : datasetModule(clientRecords(name));
		},
		generateBundle(_output, bundle) {
			if (options.fetched === true && building) {
				// only the data files some page's script fetches: a dataset no browser code imports
				// (the copy's figures, the events, read at build time) is not written as one
				const fetchedNames = new Set(
					Object.values(bundle)
						.flatMap(item => (item.type === 'chunk' ? item.moduleIds.map(datasetOf) : []))
						.filter(name => name !== null)
				);
				for (const [name, f] of dataFiles())
					if (fetchedNames.has(name))
						this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
			}
			if (options.publish === false) return;
			const { dataset } = load();
			for (const d of downloads()) {
				const records = dataset[d.name] as readonly Record<string, unknown>[];
				this.emitFile({
					type: 'asset',
					fileName: d.json,
					source: `${JSON.stringify(records, null, 2)}\n`
				});
				this.emitFile({ type: 'asset', fileName: d.csv, source: toCsv(records) });
			}
		},
		watchChange(id) {
			if (watched.includes(resolve(id))) loaded = null;
		},
		handleHotUpdate({ file, server }) {
			if (!watched.includes(resolve(file))) return;
			loaded = null;
			for (const name of [
				STORY,
				METHOD,
				FIGURES,
				DATA_FILES_ID,
				...GRAPHIC_IDS.map(g => GRAPHIC_PREFIX + g),
				...Object.keys(DATA_FILES).map(n => DATA_PREFIX + n)
			]) {
				const mod = server.moduleGraph.getModuleById(`\0${name}`);
				if (mod) server.moduleGraph.invalidateModule(mod);
			}
			server.ws.send({ type: 'full-reload' });
			return [];
		}
	};
}
