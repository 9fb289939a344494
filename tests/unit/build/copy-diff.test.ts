/**
 * The editor's update routine (`npm run copy:diff`): an update of data/ that makes a claim of the
 * copy false is named, with its step and sentence, beside every figure, text and download the
 * update changed. Runs the report on the real data against a copy with one record added, and the
 * command itself against the last commit.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { COPY_FILE, loadAll } from '../../../src/build/load.ts';
import { formatReport, updateReport, type Side } from '../../../src/build/update-report.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = join(ROOT, 'data');

/** data/ with one more confirmed theft: $1bn from an exchange in Seoul, in May 2026. */
function updatedCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'copy-diff-'));
	cpSync(DATA, dir, { recursive: true });
	const file = join(dir, 'exchange-hacks.json');
	const hacks = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
	const upbit = hacks.find(h => h.id === 'upbit-2019-11')!;
	hacks.push({
		...upbit,
		id: 'seoul-2026-05',
		date: '2026-05-12',
		usd: 1_000_000_000,
		usdRange: undefined
	});
	writeFileSync(file, JSON.stringify(hacks, null, '\t'));
	return dir;
}

const side = (dir: string): Side => ({
	...loadAll(dir),
	rawCopy: readFileSync(join(dir, COPY_FILE), 'utf8')
});

const updated = updatedCopy();
afterAll(() => rmSync(updated, { recursive: true, force: true }));

describe('updateReport(before, after)', () => {
	const report = updateReport(side(DATA), side(updated));
	it('names the claim the update makes false, with its step and sentence', () =>
		expect(report.claims).toEqual([
			expect.objectContaining({ where: 'map-all', says: 'dwarfs the rest' })
		]));
	it("gives every placeholder's value before and after", () =>
		expect(report.placeholders).toContainEqual({ name: 'hacks.total', before: '31', after: '32' }));
	it('shows the rendered text of each step that changed', () =>
		expect(report.text.map(t => `${t.where} ${t.field}`)).toContain('map-world text'));
	it('says which downloads changed', () =>
		expect(report.downloads).toEqual([
			{ file: 'data/exchange-hacks.{csv,json}', added: ['seoul-2026-05'], removed: [], changed: [] }
		]));
	it('reports nothing when nothing changed', () =>
		expect(updateReport(side(DATA), side(DATA))).toEqual({
			placeholders: [],
			claims: [],
			text: [],
			downloads: []
		}));
	it('prints the failing claim for the editor', () =>
		expect(formatReport(report, 'HEAD')).toContain('map-all: "dwarfs the rest"'));
});

describe('npm run copy:diff', () => {
	it('exits 1 and names the step and the sentence when a claim no longer holds', async () => {
		const run = promisify(execFile)(
			'node',
			['src/build/copy-diff.mjs', '--data', updated, 'HEAD'],
			{ cwd: ROOT }
		);
		await expect(run).rejects.toMatchObject({
			code: 1,
			stdout: expect.stringContaining('map-all: "dwarfs the rest"')
		});
	}, 60_000);
});
