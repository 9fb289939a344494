// `npm run data:check [-- <data-dir>]`: validates data/ (records and copy) without building the
// site, and lists what it found. Plain ESM because Node 20 can't run TypeScript; Vite's module
// runner loads the checker. Exits 1 with the problems listed when anything is wrong.
import { runnerImport } from 'vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = resolve(process.argv[2] ?? `${root}/data`);
const { module } = await runnerImport('/src/build/load.ts', {
	root,
	configFile: false,
	logLevel: 'error'
});
try {
	const { dataset, copy } = module.loadAll(dataDir);
	for (const [name, records] of Object.entries(dataset))
		console.log(`ok  ${name}: ${records.length} records`);
	console.log(`ok  story: ${copy.steps.length} steps`);
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	console.error(
		'\ndata:check failed: fix the records above (each line names the file, record and field).'
	);
	process.exitCode = 1;
}
