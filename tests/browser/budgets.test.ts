/**
 * The byte budgets of DESIGN.md §6, on the built site (byte counts are deterministic, so they are
 * tests, not benchmarks): the JavaScript for the story's first screen and for each embed, the map
 * shape files, and the images. A failing budget names the files and their bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { describeSurface, fileBytes, surfaceBytes } from '../../src/build/bundle-report.ts';
import { GRAPHIC_IDS } from '../../src/graphics/registry.ts';
import { GEO_FILES } from '../../src/lib/geo-files.ts';
import { DIST } from './global-setup.ts';

const KB = 1024;
/** JavaScript for a first screen (a bare Svelte + d3 + scrollama starter is about 45 KB). */
const FIRST_SCREEN_JS = 60 * KB;
const SHAPE_FILE = 40 * KB;
const IMAGE = 200 * KB;

const surfaces = surfaceBytes(DIST, copy.steps[0]!.graphic, GRAPHIC_IDS);

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

describe('byte budgets of the built site', () => {
	// the bar is for readers' pages: the story and each embed (briefing mode, on a presenter's
	// laptop, loads the whole copy with its notes; `npm run bench` reports it)
	for (const s of surfaces.filter(s => s.name !== 'present'))
		it(`${s.what}: JavaScript at most 60 KB gzip`, () => {
			expect(s.files.length).toBeGreaterThan(1);
			expect(s.gzip <= FIRST_SCREEN_JS, describeSurface(s)).toBe(true);
		});

	for (const path of Object.values(GEO_FILES))
		it(`${path}: at most 40 KB gzip`, () => {
			const { gzip } = fileBytes(DIST, path);
			expect(gzip <= SHAPE_FILE, `${path} is ${(gzip / KB).toFixed(1)} KB gzip`).toBe(true);
		});

	it('no image over 200 KB', () => {
		const images = filesUnder(DIST).filter(f =>
			['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'].includes(extname(f))
		);
		expect(images.length).toBeGreaterThan(0);
		const big = images
			.map(f => ({ file: relative(DIST, f), bytes: statSync(f).size }))
			.filter(f => f.bytes > IMAGE);
		expect(big).toEqual([]);
	});

	it('keeps the story’s text out of its script: the copy is in the page, not in the JavaScript', () => {
		const story = surfaces.find(s => s.name === 'story')!;
		const js = story.files.map(f => f.file);
		const sentence = copy.steps[3]!.text[0]!;
		for (const file of js)
			expect(readFileSync(join(DIST, file), 'utf8').includes(sentence.slice(0, 40)), file).toBe(
				false
			);
	});
});
