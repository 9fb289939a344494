/**
 * The boundary between data/ and the app. At build (and dev) time this plugin reads data/,
 * validates it (src/build/load.ts) and serves two virtual modules:
 *   - `virtual:dataset`: the validated records, one named export per file;
 *   - `virtual:story`: the copy, checked and with its placeholders resolved.
 * A bad record or a bad step stops `vite build` with the validator's message, so nothing invalid
 * can ship, and the browser never downloads the validators.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../data/dataset.ts';
import { DataError } from '../data/validate.ts';
import { COPY_FILE, loadAll, type Loaded } from './load.ts';

const MODULES = { 'virtual:dataset': 'dataset', 'virtual:story': 'story' } as const;
type VirtualId = keyof typeof MODULES;

/** JSON.parse of a string literal is faster to start than an object literal of the same size. */
function jsonExport(name: string, value: unknown): string {
	return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

export function datasetPlugin(options: { dataDir: string }): Plugin {
	const dataDir = resolve(options.dataDir);
	const watched = [...Object.values(DATA_FILES), COPY_FILE].map(f => resolve(dataDir, f));
	let loaded: Loaded | null = null;

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

	return {
		name: 'dataset',
		buildStart() {
			for (const file of watched) this.addWatchFile(file);
			load();
		},
		resolveId(id) {
			return id in MODULES ? `\0${id}` : null;
		},
		load(id) {
			if (!id.startsWith('\0')) return null;
			const name = id.slice(1) as VirtualId;
			if (!(name in MODULES)) return null;
			const { dataset, copy } = load();
			if (MODULES[name] === 'story') return jsonExport('copy', copy);
			return Object.entries(dataset)
				.map(([key, records]) => jsonExport(key, records))
				.join('');
		},
		watchChange(id) {
			if (watched.includes(resolve(id))) loaded = null;
		},
		handleHotUpdate({ file, server }) {
			if (!watched.includes(resolve(file))) return;
			loaded = null;
			for (const name of Object.keys(MODULES)) {
				const mod = server.moduleGraph.getModuleById(`\0${name}`);
				if (mod) server.moduleGraph.invalidateModule(mod);
			}
			server.ws.send({ type: 'full-reload' });
			return [];
		}
	};
}
