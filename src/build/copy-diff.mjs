// `npm run copy:diff [-- <git-ref>]`: what an update of data/ changes, against a commit (the last
// one by default): figures the copy cites, claims that no longer hold, step text, downloads.
// Both sides are checked with today's code. Exits 1 when a claim no longer holds. Plain ESM
// because Node 20 can't run TypeScript; Vite's module runner loads the code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
/** @param {string} name */
const option = name => {
	const i = args.indexOf(name);
	return i === -1 ? null : args.splice(i, 2)[1];
};
// --data DIR compares another folder (the tests use a fixture) with the ref's data/
const dataDir = resolve(option('--data') ?? join(root, 'data'));
const ref = args[0] ?? 'HEAD';
/** @param {string} path */
const load = async path =>
	(await runnerImport(path, { root, configFile: false, logLevel: 'error' })).module;
const { loadAll, COPY_FILE } = await load('/src/build/load.ts');
const { DATA_FILE_NAMES } = await load('/src/data/files.ts');
const { updateReport, formatReport } = await load('/src/build/update-report.ts');

/** data/ as it was at `ref`, written to a temporary folder. */
/** @param {string} ref */
function dataAt(ref) {
	const dir = mkdtempSync(join(tmpdir(), 'copy-diff-'));
	for (const file of [...Object.values(DATA_FILE_NAMES), COPY_FILE]) {
		const text = execFileSync('git', ['show', `${ref}:data/${file}`], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		writeFileSync(join(dir, file), text);
	}
	return dir;
}

/** @param {string} dir */
const side = dir => ({ ...loadAll(dir), rawCopy: readFileSync(join(dir, COPY_FILE), 'utf8') });

let before;
const old = dataAt(ref);
try {
	before = side(old);
} catch (err) {
	console.error(`The data at ${ref} does not pass today's checks, so there is nothing to compare:`);
	console.error(err instanceof Error ? err.message : err);
	process.exit(2);
} finally {
	rmSync(old, { recursive: true, force: true });
}
let after;
try {
	after = side(dataDir);
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	console.error('\ncopy:diff: fix the records above first (`npm run data:check`).');
	process.exit(2);
}
const report = updateReport(before, after);
console.log(formatReport(report, ref));
if (report.claims.length > 0) process.exitCode = 1;
