/**
 * A bad record stops both `npm run build` and `npm run data:check`, with the message that names
 * file, record, field, expected and found. Runs the real commands' code on a broken copy of the
 * fixture dataset in a temporary folder.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetPlugin } from '../../../src/build/dataset-plugin.ts';
import { FIXTURES, withRecord } from '../data/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const MESSAGE =
	'data/exchange-hacks.json: record 3 (id "bybit-2025-02"): field "lat": expected a latitude between -90 and 90, found 125.27';

function brokenCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bad-data-'));
	cpSync(FIXTURES, dir, { recursive: true });
	writeFileSync(
		join(dir, 'exchange-hacks.json'),
		withRecord('exchange-hacks.json', 3, r => (r.lat = 125.27))
	);
	return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })));

describe('bad data stops the build', () => {
	it('`npm run data:check` exits 1 and names the record', async () => {
		const dir = brokenCopy();
		dirs.push(dir);
		const run = promisify(execFile)(process.execPath, [
			join(ROOT, 'src/build/data-check.mjs'),
			dir
		]);
		const failure = await run.then(
			() => null,
			(err: { code: number; stderr: string }) => err
		);
		expect(failure?.code).toBe(1);
		expect(failure?.stderr).toContain(MESSAGE);
	});

	it('`npm run data:check` passes the valid fixtures and lists them', async () => {
		const { stdout } = await promisify(execFile)(process.execPath, [
			join(ROOT, 'src/build/data-check.mjs'),
			FIXTURES
		]);
		expect(stdout).toContain('ok  exchangeHacks: 4 records');
	});

	it('`vite build` fails before bundling anything, with the same message', async () => {
		const dir = brokenCopy();
		dirs.push(dir);
		const result = build({
			root: ROOT,
			configFile: false,
			logLevel: 'silent',
			plugins: [datasetPlugin({ dataDir: dir })],
			build: { write: false, rollupOptions: { input: join(ROOT, 'src/data/index.ts') } }
		});
		await expect(result).rejects.toThrow(MESSAGE);
	});
});
