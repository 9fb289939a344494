/**
 * Photographs every step's graphic from the built site, in headless Chromium (the browser the
 * tests already find, src/build/chromium.ts): the embed page's still view
 * (`embed.html?graphic=<id>&still#<step>`) at 1200 × 800 with reduced motion, so each step is
 * drawn at once in its final state, by the same code and CSS readers get. Writes, per step,
 * stills/<step>.png, @2x.png and .svg (light) and stills/dark/<step>.png and .svg, then the
 * social card (social.png, the headline over the opening graphic) and stills/manifest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
	NARROW,
	SOCIAL,
	STILL,
	STILLS_DIR,
	socialAlt,
	stillPath,
	type StillTheme
} from '../../lib/stills.ts';
import { findChromium } from '../chromium.ts';
import { siteFile } from '../static-server.ts';
import { svgSnapshot } from './svg-snapshot.ts';

export interface StillStep {
	step: string;
	graphic: string;
	/** The graphic's title, Source and Note lines, as the page shows them. */
	title: string;
	source: string;
	note: string | null;
	alt: string;
}

export interface StillEntry extends StillStep {
	width: number;
	height: number;
	files: {
		png: string;
		png2x: string;
		svg: string;
		/** The phone still (NARROW: 400 × 600 CSS pixels at 2×). */
		narrow: string;
		/** The dark ones: the wide still (PNG, SVG) and the phone still. */
		dark: { png: string; svg: string; narrow: string };
	};
}

export interface StillsManifest {
	width: number;
	height: number;
	social: { file: string; width: number; height: number; alt: string };
	stills: StillEntry[];
}

/** How a pass draws: its theme, its size and pixel density, the file it writes, and SVG too. */
interface Pass {
	theme: StillTheme;
	viewport: { width: number; height: number };
	scale: number;
	format: 'png' | 'png2x' | 'narrow';
	svg: boolean;
}

const PASSES: Pass[] = [
	{ theme: 'light', viewport: STILL, scale: 1, format: 'png', svg: true },
	{ theme: 'light', viewport: STILL, scale: 2, format: 'png2x', svg: false },
	{ theme: 'dark', viewport: STILL, scale: 1, format: 'png', svg: true },
	{ theme: 'light', viewport: NARROW, scale: NARROW.scale, format: 'narrow', svg: false },
	{ theme: 'dark', viewport: NARROW, scale: NARROW.scale, format: 'narrow', svg: false }
];

const SETTLE_MS = 10_000;

/** Where the pages are opened when the build has no address: a name that never leaves Chromium. */
const LOCAL_SITE = 'http://stills.invalid/';

/**
 * Answers the context's requests for the site from the build folder: the site's pages use its
 * public address (PUBLIC_URL) when the build has one, and nothing is published yet. Any other
 * request is refused and reported, since a page that needs one would not work published either.
 */
async function serveFromFolder(
	context: BrowserContext,
	site: string,
	dir: string,
	refused: string[]
) {
	await context.route('**/*', async route => {
		const url = route.request().url();
		if (!url.startsWith(site)) {
			refused.push(`asked for ${url}, outside the site`);
			return route.abort('blockedbyclient');
		}
		const path = decodeURIComponent(new URL(url).pathname.slice(new URL(site).pathname.length));
		const file = siteFile(dir, path);
		if (file === null || file === 'outside')
			return route.fulfill({ status: 404, body: 'not found' });
		return route.fulfill({ path: file });
	});
}

/** Opens a graphic's still view and waits until it and its map shapes have arrived. */
export async function openGraphic(page: Page, site: string, graphic: string, theme: StillTheme) {
	const url = new URL(`embed.html?graphic=${graphic}&still&theme=${theme}`, site).href;
	await page.goto(url);
}

/** Shows `step` (the still view follows the hash) and waits for it to settle, land and font. */
export async function showStep(page: Page, still: StillStep): Promise<void> {
	await page.evaluate(id => {
		location.hash = encodeURIComponent(id);
	}, still.step);
	await page.waitForSelector(
		`[data-graphic="${still.graphic}"][data-settled-step="${still.step}"]`,
		{ timeout: SETTLE_MS }
	);
	await page.waitForFunction(
		() =>
			document.fonts.status === 'loaded' &&
			!document.querySelector('.shape-state') &&
			[...document.querySelectorAll('.land-frame')].every(f => f.querySelector('path')),
		undefined,
		{ timeout: SETTLE_MS }
	);
	// one frame for the land's redraw at its settled zoom
	await page.evaluate(() => new Promise(done => requestAnimationFrame(() => done(null))));
}

async function pass(
	browser: Browser,
	site: string,
	out: string,
	steps: StillStep[],
	{ theme, viewport, scale, format, svg }: Pass,
	fontCss: string
): Promise<void> {
	const context = await browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		deviceScaleFactor: scale,
		reducedMotion: 'reduce',
		colorScheme: theme
	});
	const errors: string[] = [];
	await serveFromFolder(context, site, out, errors);
	const page = await context.newPage();
	page.on('pageerror', err => errors.push(err.message));
	page.on('console', msg => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	let open = '';
	for (const still of steps) {
		if (open !== still.graphic) {
			await openGraphic(page, site, still.graphic, theme);
			open = still.graphic;
		}
		await showStep(page, still);
		const png = resolve(out, stillPath(still.step, format, theme));
		mkdirSync(dirname(png), { recursive: true });
		await page.screenshot({ path: png });
		if (svg) {
			const svg = await page.evaluate(svgSnapshot, {
				selector: '[data-still]',
				fontCss,
				title: still.title,
				desc: still.alt
			});
			writeFileSync(resolve(out, stillPath(still.step, 'svg', theme)), svg);
		}
	}
	await context.close();
	if (errors.length > 0)
		throw new Error(
			`stills (${theme}, ${format}): the page reported errors:\n${errors.join('\n')}`
		);
}

async function socialCard(browser: Browser, site: string, out: string, opening: StillStep) {
	const context = await browser.newContext({
		viewport: { width: SOCIAL.width, height: SOCIAL.height },
		reducedMotion: 'reduce',
		colorScheme: 'light'
	});
	const refused: string[] = [];
	await serveFromFolder(context, site, out, refused);
	const page = await context.newPage();
	const url = new URL(`embed.html?graphic=${opening.graphic}&still=card&theme=light`, site).href;
	await page.goto(`${url}#${encodeURIComponent(opening.step)}`);
	await showStep(page, opening);
	await page.screenshot({ path: resolve(out, SOCIAL.file) });
	await context.close();
	if (refused.length > 0) throw new Error(`social card: the page asked for ${refused.join(', ')}`);
}

export interface CaptureOptions {
	/** The built site (dist/). */
	outDir: string;
	steps: StillStep[];
	/** The story's headline (the social card's alt text starts with it). */
	headline: string;
	/** @font-face rules embedding the font, for the SVGs. */
	fontCss: string;
	/** The site's public address (PUBLIC_URL), or null for a relative build. */
	publicUrl: string | null;
}

export async function captureStills(options: CaptureOptions): Promise<StillsManifest> {
	const { outDir, steps, headline, fontCss, publicUrl } = options;
	const opening = steps[0];
	if (!opening) throw new Error('stills: the story has no steps to draw');
	const found = await findChromium();
	const browser = await chromium.launch({
		executablePath: found.executablePath,
		args: found.args,
		headless: true
	});
	const site = publicUrl ?? LOCAL_SITE;
	try {
		// side by side: most of a pass is waiting for a frame, not drawing one
		await Promise.all([
			...PASSES.map(p => pass(browser, site, outDir, steps, p, fontCss)),
			socialCard(browser, site, outDir, opening)
		]);
	} finally {
		await browser.close();
	}
	const manifest: StillsManifest = {
		width: STILL.width,
		height: STILL.height,
		social: {
			file: SOCIAL.file,
			width: SOCIAL.width,
			height: SOCIAL.height,
			alt: socialAlt(headline, opening.alt)
		},
		stills: steps.map(s => ({
			...s,
			width: STILL.width,
			height: STILL.height,
			files: {
				png: stillPath(s.step, 'png'),
				png2x: stillPath(s.step, 'png2x'),
				svg: stillPath(s.step, 'svg'),
				narrow: stillPath(s.step, 'narrow'),
				dark: {
					png: stillPath(s.step, 'png', 'dark'),
					svg: stillPath(s.step, 'svg', 'dark'),
					narrow: stillPath(s.step, 'narrow', 'dark')
				}
			}
		}))
	};
	writeFileSync(
		resolve(outDir, STILLS_DIR, 'manifest.json'),
		`${JSON.stringify(manifest, null, '\t')}\n`
	);
	return manifest;
}
