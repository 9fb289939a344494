// `npm run data:check`: validates data/ (records and copy) without building the site.
// Plain ESM because Node 20 can't run TypeScript; Vite's module runner loads the checker.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { module } = await runnerImport('/src/build/load.ts', {
	root,
	configFile: false,
	logLevel: 'error'
});
try {
	const { dataset, copy } = module.loadAll(`${root}/data`);
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
