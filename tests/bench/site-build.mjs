// The bench's own builds of the site. Each goes to a folder of its own with hidden source maps
// (`--sourcemap hidden`: assets/*.js.map that no page links to), so the trace's functions can be
// named by their original file and line while dist/, the folder that is published, never holds a
// map. The 10× variant is built the same way from a scaled copy of data/ (DATA_DIR, which
// vite.config.ts reads), so its build time and bytes compare with the real data's.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Runs `vite build` in a child process (the stills launch their own Chromium; the bench's module
 * runner stays apart) and times it.
 * @param {{ root: string, outDir: string, dataDir?: string | null, log: (msg: string) => void }} options
 * @returns {Promise<{ outDir: string, dataDir: string | null, seconds: number }>}
 */
export async function buildSite({ root, outDir, dataDir = null, log }) {
	const vite = resolve(root, 'node_modules/vite/bin/vite.js');
	const args = [vite, 'build', '--sourcemap', 'hidden', '--outDir', outDir, '--emptyOutDir'];
	const env = { ...process.env, ...(dataDir ? { DATA_DIR: dataDir } : {}) };
	log(`building ${dataDir ? `with DATA_DIR=${dataDir}` : 'the real data'} into ${outDir}…`);
	const started = Date.now();
	/** @type {Buffer[]} */
	const output = [];
	const code = await new Promise((done, fail) => {
		const child = spawn(process.execPath, args, {
			cwd: root,
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout.on('data', d => output.push(d));
		child.stderr.on('data', d => output.push(d));
		child.on('error', fail);
		child.on('exit', done);
	});
	const seconds = Math.round((Date.now() - started) / 100) / 10;
	if (code !== 0)
		throw new Error(
			`vite build ${dataDir ? `(DATA_DIR=${dataDir}) ` : ''}failed with exit code ${code}:\n` +
				Buffer.concat(output).toString().split('\n').slice(-30).join('\n')
		);
	if (!existsSync(resolve(outDir, 'index.html')))
		throw new Error(`vite build exited 0 but wrote no ${outDir}/index.html`);
	return { outDir, dataDir, seconds };
}

/**
 * How many records a built site publishes for a dataset (its download, data/<name>.json).
 * @param {string} siteDir
 * @param {string} name
 */
export function publishedRecords(siteDir, name) {
	const path = resolve(siteDir, 'data', `${name}.json`);
	if (!existsSync(path)) throw new Error(`the build in ${siteDir} has no data/${name}.json`);
	const body = JSON.parse(readFileSync(path, 'utf8'));
	if (!Array.isArray(body)) throw new Error(`${path} is not a list of records`);
	return body.length;
}

/**
 * Throws unless the scaled build really drew on the scaled data: without DATA_DIR support in
 * vite.config.ts, a build given DATA_DIR quietly reads data/ and the comparison would be of a
 * build with itself.
 * @param {string} realDir
 * @param {string} scaledDir
 * @param {{ thefts: number, launches: number }} factors
 */
export function checkScaled(realDir, scaledDir, { thefts, launches }) {
	/** @type {[string, number][]} */
	const datasets = [
		['exchange-hacks', thefts],
		['missile-launches', launches]
	];
	for (const [name, factor] of datasets) {
		const real = publishedRecords(realDir, name);
		const scaled = publishedRecords(scaledDir, name);
		if (factor > 1 && scaled < real * factor * 0.9)
			throw new Error(
				`the scaled build publishes ${scaled} ${name} records against the real build's ${real}` +
					` (expected about ×${factor}): does vite.config.ts read DATA_DIR?`
			);
	}
}

/**
 * tests/bench/scaled-data.mjs's writeScaledData, or a clear error if that module is not in this
 * checkout (it is written on another branch).
 */
export async function loadScaledData() {
	const path = new URL('./scaled-data.mjs', import.meta.url);
	if (!existsSync(path))
		throw new Error(
			'--data-scale needs tests/bench/scaled-data.mjs (writeScaledData), which this checkout does not have'
		);
	const { writeScaledData } = await import(path.href);
	if (typeof writeScaledData !== 'function')
		throw new Error('tests/bench/scaled-data.mjs does not export a function writeScaledData');
	return writeScaledData;
}
