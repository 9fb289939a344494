/**
 * What each surface of the built site downloads, from Vite's manifest (dist/.vite/manifest.json):
 * the JavaScript its first screen needs, file by file, raw, gzip and brotli, and the data files it
 * fetches (assets/data-*.json); and the font files a
 * page preloads (fonts are compressed already: their bytes are what is sent). The byte budgets
 * (tests/browser/budgets.test.ts) and the benchmark (`npm run bench`) both read it. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { GRAPHICS, isGraphicId } from '../graphics/registry.ts';

/** A graphic's datasets, from its registry row. */
const registryDatasets = (graphic: string): readonly string[] =>
	isGraphicId(graphic) ? GRAPHICS[graphic].datasets : [];

interface ManifestChunk {
	file: string;
	src?: string;
	isEntry?: boolean;
	isDynamicEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface FileBytes {
	file: string;
	raw: number;
	gzip: number;
	brotli: number;
}

export interface SurfaceBytes {
	name: string;
	/** What the surface needs before its first screen is complete. */
	what: string;
	/** Its JavaScript (the bar of DESIGN.md §6 is on these), and their totals. */
	files: FileBytes[];
	raw: number;
	gzip: number;
	brotli: number;
	/** The data files its first graphic fetches (JSON, parsed, not compiled), and their gzip total. */
	data: FileBytes[];
	dataGzip: number;
}

export function fileBytes(dist: string, file: string): FileBytes {
	const body = readFileSync(resolve(dist, file));
	return {
		file,
		raw: body.length,
		gzip: gzipSync(body, { level: 9 }).length,
		brotli: brotliCompressSync(body).length
	};
}

function readManifest(dist: string): Manifest {
	return JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** A chunk and every chunk it imports statically, by manifest key. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
	const seen = new Set<string>();
	const todo = [...keys];
	while (todo.length > 0) {
		const key = todo.pop() as string;
		if (seen.has(key)) continue;
		const chunk = manifest[key];
		if (!chunk) throw new Error(`the build's manifest has no chunk ${key}`);
		seen.add(key);
		todo.push(...(chunk.imports ?? []));
	}
	return seen;
}

/**
 * The data files of `datasets` in the build (assets/data-<name>-<hash>.json, written by
 * src/build/dataset-plugin.ts). Exactly one each, or the build is not what this report knows.
 */
export function dataFiles(dist: string, datasets: readonly string[]): FileBytes[] {
	const all = readdirSync(resolve(dist, 'assets'));
	return datasets.map(name => {
		const found = all.filter(f => new RegExp(`^data-${name}-[\\w-]{8}\\.json$`).test(f));
		if (found.length !== 1)
			throw new Error(
				`${dist}/assets: expected one data file for the dataset ${name}, found ${found.length}`
			);
		return fileBytes(dist, `assets/${found[0]}`);
	});
}

function surface(
	dist: string,
	manifest: Manifest,
	name: string,
	what: string,
	keys: string[],
	datasets: readonly string[]
): SurfaceBytes {
	const files = [...closure(manifest, keys)]
		.map(key => fileBytes(dist, (manifest[key] as ManifestChunk).file))
		.sort((a, b) => b.gzip - a.gzip);
	const total = (k: 'raw' | 'gzip' | 'brotli') => files.reduce((sum, f) => sum + f[k], 0);
	const data = dataFiles(dist, datasets);
	return {
		name,
		what,
		files,
		raw: total('raw'),
		gzip: total('gzip'),
		brotli: total('brotli'),
		data,
		dataGzip: data.reduce((sum, f) => sum + f.gzip, 0)
	};
}

/** The story page's script, which its entry (boot.ts) loads once the page has painted. */
const STORY_SCRIPT = 'src/surfaces/story/main.ts';
/** The embed page's script, which its entry (boot.ts) loads once a folder's page has painted. */
const EMBED_SCRIPT = 'src/surfaces/embed/main.ts';

/**
 * The first screen of each surface: the story (its entry and the chunk of the graphic its first
 * step shows), each embed (its entry, the graphic's copy and its chunk) and briefing mode; each
 * with the data files of that graphic (`datasets`: its registry row's unless told).
 */
export function surfaceBytes(
	dist: string,
	firstGraphic: string,
	graphics: readonly string[],
	datasets: (graphic: string) => readonly string[] = registryDatasets
): SurfaceBytes[] {
	const manifest = readManifest(dist);
	const part = (id: string) => `src/graphics/${id}/part.ts`;
	return [
		surface(
			dist,
			manifest,
			'story',
			`the story's first screen (with ${firstGraphic})`,
			['index.html', STORY_SCRIPT, part(firstGraphic)],
			datasets(firstGraphic)
		),
		...graphics.map(id =>
			surface(
				dist,
				manifest,
				`embed:${id}`,
				`embed.html?graphic=${id}`,
				['embed.html', EMBED_SCRIPT, `virtual:story-graphic/${id}`, part(id)],
				datasets(id)
			)
		),
		surface(
			dist,
			manifest,
			'present',
			`briefing mode (with ${firstGraphic})`,
			['index.html', STORY_SCRIPT, 'src/surfaces/present/mount.ts', part(firstGraphic)],
			datasets(firstGraphic)
		)
	];
}

/** "story: 54.3 KB gzip (index.js 18.0, …)": a surface's bytes, for a failing budget's message. */
export function describeSurface(s: SurfaceBytes): string {
	const kb = (n: number) => (n / 1024).toFixed(1);
	return `${s.what}: ${kb(s.gzip)} KB gzip in ${s.files.length} files (${s.files
		.map(f => `${f.file} ${kb(f.gzip)}`)
		.join(', ')}); data ${kb(s.dataGzip)} KB gzip (${s.data
		.map(f => `${f.file} ${kb(f.gzip)}`)
		.join(', ')})`;
}

/** The fonts `page` (index.html, embed.html) preloads, largest first. */
export function preloadedFonts(dist: string, page: string): FileBytes[] {
	const html = readFileSync(resolve(dist, page), 'utf8');
	return [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)]
		.filter(([tag]) => /\bas="font"/.test(tag))
		.map(([tag]) => fileBytes(dist, (/\bhref="\.?\/?([^"]+)"/.exec(tag) ?? [])[1] ?? tag))
		.sort((a, b) => b.raw - a.raw);
}

/** Every font file in the build (dist/assets/*.woff2), largest first. */
export function fontFiles(dist: string): FileBytes[] {
	return readdirSync(resolve(dist, 'assets'))
		.filter(f => f.endsWith('.woff2'))
		.map(f => fileBytes(dist, `assets/${f}`))
		.sort((a, b) => b.raw - a.raw);
}

/** "assets/a.woff2 15.3 KB, …": files and their bytes as sent, for a failing budget's message. */
export function describeFiles(files: FileBytes[]): string {
	return files.map(f => `${f.file} ${(f.raw / 1024).toFixed(1)} KB`).join(', ');
}
