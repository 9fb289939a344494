/**
 * The stills the build draws (src/build/stills/): one per step, PNG, @2x PNG and SVG, light and
 * dark, the social card, and a manifest that says what each shows. Each still must look like the
 * live graphic at that step: the PNG and the SVG are compared, pixel by pixel, with a screenshot
 * of the page drawing the same step at the same size, now.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { copy } from 'virtual:story';
import { openGraphic, showStep, type StillsManifest } from '../../src/build/stills/capture.ts';
import { NARROW, SOCIAL, STILL } from '../../src/lib/stills.ts';
import { DIST } from './global-setup.ts';
import { closeBrowser, openPage } from './page.ts';

afterAll(closeBrowser);

const manifest = JSON.parse(
	readFileSync(resolve(DIST, 'stills/manifest.json'), 'utf8')
) as StillsManifest;

/** A PNG's size, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(resolve(DIST, file));
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The share of pixels that differ clearly (any channel by more than 64 of 255) between two
 * images drawn at the same size, in the page (same origin, so the canvas can be read).
 */
function difference(page: Page, a: string, b: string): Promise<number> {
	return page.evaluate(
		async ([a, b, width, height]) => {
			const pixels = async (src: string) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				const canvas = document.createElement('canvas');
				canvas.width = width;
				canvas.height = height;
				const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
				ctx.drawImage(img, 0, 0, width, height);
				return ctx.getImageData(0, 0, width, height).data;
			};
			const [x, y] = [await pixels(a), await pixels(b)];
			let differing = 0;
			for (let i = 0; i < x.length; i += 4) {
				const d = Math.max(
					Math.abs(x[i]! - y[i]!),
					Math.abs(x[i + 1]! - y[i + 1]!),
					Math.abs(x[i + 2]! - y[i + 2]!)
				);
				if (d > 64) differing++;
			}
			return differing / (width * height);
		},
		[a, b, STILL.width, STILL.height] as const
	);
}

/** The most a PNG still may differ from the live graphic: it is the same drawing. */
const PNG_LIMIT = 0.005;
/** The SVG sets the HTML lines as SVG text, so glyph edges differ a little more. */
const SVG_LIMIT = 0.01;

describe('stills', () => {
	it('has one still per step, in story order, with its title, alt text and Source line', () => {
		expect(manifest.stills.map(s => s.step)).toEqual(copy.steps.map(s => s.id));
		for (const still of manifest.stills) {
			const step = copy.steps.find(s => s.id === still.step)!;
			const figure = copy.graphics[step.graphic]!;
			expect(still).toMatchObject({
				graphic: step.graphic,
				title: figure.title,
				source: figure.source,
				alt: step.alt,
				width: STILL.width,
				height: STILL.height
			});
		}
	});

	it('writes each still at its size: PNG, @2x, phone, their dark ones, and the social card', () => {
		for (const still of manifest.stills) {
			expect(pngSize(still.files.png)).toEqual(STILL);
			expect(pngSize(still.files.png2x)).toEqual({
				width: STILL.width * 2,
				height: STILL.height * 2
			});
			expect(pngSize(still.files.dark.png)).toEqual(STILL);
			for (const narrow of [still.files.narrow, still.files.dark.narrow])
				expect(pngSize(narrow)).toEqual({
					width: NARROW.width * NARROW.scale,
					height: NARROW.height * NARROW.scale
				});
			const svg = readFileSync(resolve(DIST, still.files.svg), 'utf8');
			expect(svg).toMatch(/^<svg [^>]*width="1200" height="800"/);
			expect(svg).toContain(`<title id="still-title">`);
			// the font travels inside the file, so it draws the same anywhere
			expect(svg).toContain('data:font/woff2;base64,');
		}
		expect(pngSize(SOCIAL.file)).toEqual({ width: SOCIAL.width, height: SOCIAL.height });
	});

	it('draws each step as the live graphic draws it (PNG and SVG against a screenshot)', async () => {
		const { page, errors, close } = await openPage('embed.html', {
			viewport: STILL,
			reducedMotion: 'reduce',
			colorScheme: 'light'
		});
		const compare = await openPage('stills/manifest.json', { viewport: STILL });
		const base = inject('baseURL');
		const results: { step: string; png: number; svg: number }[] = [];
		let open = '';
		for (const still of manifest.stills) {
			// the live graphic, opened and settled as the build's stills are (the same two steps)
			if (open !== still.graphic) {
				await openGraphic(page, base, still.graphic, 'light');
				open = still.graphic;
			}
			await showStep(page, still);
			const live = `data:image/png;base64,${(await page.screenshot()).toString('base64')}`;
			results.push({
				step: still.step,
				png: await difference(compare.page, live, new URL(still.files.png, base).href),
				svg: await difference(compare.page, live, new URL(still.files.svg, base).href)
			});
		}
		console.log(
			'stills against the live graphic (share of pixels that differ):\n' +
				results.map(r => `  ${r.step}: PNG ${r.png.toFixed(4)}, SVG ${r.svg.toFixed(4)}`).join('\n')
		);
		expect(results.filter(r => r.png > PNG_LIMIT)).toEqual([]);
		expect(results.filter(r => r.svg > SVG_LIMIT)).toEqual([]);
		expect(errors).toEqual([]);
		await compare.close();
		await close();
	}, 180_000);
});
