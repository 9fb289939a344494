/**
 * The byte budgets of DESIGN.md §6, on the built site (byte counts are deterministic, so they are
 * tests, not benchmarks): the JavaScript for the story's first screen and for each embed, the map
 * shape files, the font files, and the images. A failing budget names the files and their bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import {
	describeFiles,
	describeSurface,
	fileBytes,
	fontFiles,
	preloadedFonts,
	surfaceBytes
} from '../../src/build/bundle-report.ts';
import { exchangeHacks, missileLaunches } from '../../src/data/index.ts';
import { GRAPHIC_IDS, GRAPHICS, type GraphicId } from '../../src/graphics/registry.ts';
import { GEO_FILES } from '../../src/lib/geo-files.ts';
import { DIST } from './global-setup.ts';
import { closeBrowser, openPage, PHONE } from './page.ts';

const KB = 1024;
/** JavaScript for a first screen (a bare Svelte + d3 + scrollama starter is about 45 KB). */
const FIRST_SCREEN_JS = 60 * KB;
const SHAPE_FILE = 40 * KB;
/** A font file: one weight of the latin subset as WOFF2 (Source Sans 3's are 15.2–15.4 KB). */
const FONT_FILE = 20 * KB;
/** The fonts a page preloads for its first screen (two weights: 30.6 KB). */
const FIRST_SCREEN_FONTS = 40 * KB;
/** A still at twice the pixels (the briefing pack's), a download nobody's page loads. */
const STILL_2X = 500 * KB;
const IMAGE = 200 * KB;

const surfaces = surfaceBytes(DIST, copy.steps[0]!.graphic, GRAPHIC_IDS);

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** The font files the stylesheets of `page` refer to, as paths in dist/. */
function stylesheetFonts(page: string): string[] {
	const html = readFileSync(join(DIST, page), 'utf8');
	const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map(
		m => m[1]!
	);
	const urls = sheets.flatMap(sheet =>
		[...readFileSync(join(DIST, sheet), 'utf8').matchAll(/url\(([^)]+\.woff2)\)/g)].map(m =>
			join(dirname(sheet), m[1]!.replace(/^["']|["']$/g, ''))
		)
	);
	return [...new Set(urls)].sort();
}

afterAll(closeBrowser);

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

	it('each font file at most 20 KB, and no more than the two weights the page uses', () => {
		const fonts = fontFiles(DIST);
		expect(fonts.length, describeFiles(fonts)).toBeGreaterThan(0);
		expect(fonts.length, describeFiles(fonts)).toBeLessThanOrEqual(2);
		const big = fonts.filter(f => f.raw > FONT_FILE);
		expect(big, `over ${FONT_FILE / KB} KB: ${describeFiles(big)}`).toEqual([]);
	});

	for (const page of ['index.html', 'embed.html'])
		it(`${page}: preloads at most 40 KB of fonts, each one its stylesheet uses`, () => {
			const preloaded = preloadedFonts(DIST, page);
			const bytes = preloaded.reduce((sum, f) => sum + f.raw, 0);
			const what = `${(bytes / KB).toFixed(1)} KB: ${describeFiles(preloaded)}`;
			expect(preloaded.length, what).toBeGreaterThan(0);
			expect(bytes <= FIRST_SCREEN_FONTS, what).toBe(true);
			// a preload under another name than the stylesheet's would download the font twice
			expect(preloaded.map(f => f.file).sort()).toEqual(
				fontFiles(DIST)
					.map(f => f.file)
					.sort()
			);
		});

	const images = () =>
		filesUnder(DIST)
			.filter(f => ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'].includes(extname(f)))
			.map(f => ({ file: relative(DIST, f), bytes: statSync(f).size }));

	it('no image over 200 KB, a still or the social card included (a @2x still: 500 KB)', () => {
		const all = images();
		expect(all.filter(f => f.file.startsWith('stills/')).length).toBeGreaterThan(0);
		const big = all.filter(f => f.bytes > (f.file.endsWith('@2x.png') ? STILL_2X : IMAGE));
		expect(big).toEqual([]);
	});

	// the records travel as data files (src/data/fetch.ts), so no first screen's JavaScript grows
	// with them: a record's id in a script would mean a dataset went back into the code
	it('keeps the records out of every first screen’s JavaScript: they are data files', () => {
		const ids = [exchangeHacks[0]!.id, exchangeHacks.at(-1)!.id, missileLaunches.at(-1)!.id];
		for (const s of surfaces) {
			const graphic = s.name.startsWith('embed:')
				? (s.name.slice('embed:'.length) as GraphicId)
				: copy.steps[0]!.graphic;
			expect(s.data.length, s.what).toBe(GRAPHICS[graphic].datasets.length);
			expect(s.data.length, s.what).toBeGreaterThan(0);
			for (const f of s.files)
				for (const id of ids)
					expect(
						readFileSync(join(DIST, f.file), 'utf8').includes(`"${id}"`),
						`${f.file}: ${id}`
					).toBe(false);
		}
	});

	it("writes only the data files a page fetches: the graphics' datasets and the thefts' sources", () => {
		const written = readdirSync(join(DIST, 'assets'))
			.filter(f => /^data-.+\.json$/.test(f))
			.map(f => f.replace(/^data-(\w+)-[\w-]{8}\.json$/, '$1'))
			.sort();
		const drawn = new Set(GRAPHIC_IDS.flatMap(g => GRAPHICS[g].datasets));
		// the sources come with the first theft's details a reader opens (exchangeHackSources)
		expect(written).toEqual([...drawn, 'exchangeHackSources'].sort());
	});

	it('counts what the story’s first screen loads: every script and data file counted is fetched', async () => {
		const story = surfaces.find(s => s.name === 'story')!;
		const { page, errors, close } = await openPage('./', { viewport: PHONE });
		const requested = new Set<string>();
		page.on('request', r =>
			requested.add(new URL(r.url()).pathname.replace(/^.*?\/(assets\/)/, '$1'))
		);
		await page.reload();
		await page.waitForSelector(`[data-graphic="${copy.steps[0]!.graphic}"][data-settled-step]`);
		const counted = [...story.files, ...story.data].map(f => f.file);
		expect(counted.filter(f => !requested.has(f))).toEqual([]);
		expect(errors).toEqual([]);
		await close();
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
