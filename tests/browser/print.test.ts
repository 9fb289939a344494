/**
 * The story page on paper (src/styles/print.css): printed, each step is its still above its text;
 * read on screen, the page never fetches a still. Chromium loads lazy images when it prepares to
 * print (Document::WillPrintSoon, and waits for them), but `page.pdf()` does not go through that
 * step, so the test loads the print images itself, as printing does, before it prints. The PDF
 * lands in tests/browser/output/story-print.pdf for people to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copy } from 'virtual:story';
import { stillPath } from '../../src/lib/stills.ts';
import { closeBrowser, DESKTOP, openPage, PHONE, scrollToStep, waitForStep } from './page.ts';

afterAll(closeBrowser);

const OUTPUT = resolve(import.meta.dirname, 'output');
const steps = copy.steps;

/** Every request a page makes for a still, once `watch` has run on it (before it loads). */
function stillRequests(): { seen: string[]; watch: (page: Page) => Promise<void> } {
	const seen: string[] = [];
	const watch = async (page: Page) => {
		page.on('request', r => {
			if (new URL(r.url()).pathname.includes('/stills/')) seen.push(r.url());
		});
	};
	return { seen, watch };
}

/** What printing does first: every lazy image starts loading; then wait for them to decode. */
async function loadForPrint(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const images = [...document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')];
		for (const img of images) img.loading = 'eager';
		await Promise.all(images.map(img => img.decode()));
	});
}

/** The image XObjects in a PDF (Chromium writes each picture once). */
async function pdfImages(bytes: Uint8Array): Promise<number> {
	const pdf = await PDFDocument.load(bytes);
	return pdf.context
		.enumerateIndirectObjects()
		.filter(
			([, obj]) =>
				(obj instanceof PDFRawStream || obj instanceof PDFStream) &&
				obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')
		).length;
}

describe('the story page, read on screen', () => {
	for (const [name, viewport] of [
		['1280 px', DESKTOP],
		['375 px', PHONE]
	] as const)
		it(`fetches no still from the first step to the last (${name})`, async () => {
			const requested = stillRequests();
			const { page, errors, close } = await openPage(
				'./',
				{ viewport, reducedMotion: 'reduce' },
				requested.watch
			);
			for (const step of steps) {
				await scrollToStep(page, step.id);
				await waitForStep(page, step.id, step.graphic);
			}
			await page.waitForTimeout(300);
			expect(requested.seen).toEqual([]);
			expect(errors).toEqual([]);
			await close();
		});
});

describe('the story page, printed', () => {
	it('gives each step its still above its text, in the light palette, and no sticky graphic', async () => {
		const { page, errors, close } = await openPage('./?theme=dark', {
			viewport: DESKTOP,
			colorScheme: 'dark'
		});
		await page.emulateMedia({ media: 'print' });
		await loadForPrint(page);
		const printed = await page.evaluate(() => {
			const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
			return {
				sticky: shown(document.querySelector('[data-scrolly-graphic]')),
				ink: getComputedStyle(document.documentElement).getPropertyValue('--ink').trim(),
				steps: [...document.querySelectorAll('[data-step-id]')].map(step => {
					const img = step.querySelector<HTMLImageElement>('img[data-print-still]');
					const text = step.querySelector('p');
					return {
						id: step.getAttribute('data-step-id'),
						src: img?.src,
						shown: shown(img),
						loaded: (img?.naturalWidth ?? 0) > 0,
						above:
							!!img &&
							!!text &&
							img.getBoundingClientRect().bottom <= text.getBoundingClientRect().top
					};
				})
			};
		});
		expect(printed.sticky).toBe(false);
		// the light theme's ink (tokens.css keeps dark to screens)
		expect(printed.ink).toBe('#1a1a1a');
		expect(printed.steps).toEqual(
			steps.map(s => ({
				id: s.id,
				src: new URL(stillPath(s.id, 'png'), inject('baseURL')).href,
				shown: true,
				loaded: true,
				above: true
			}))
		);
		const pdf = await page.pdf({ format: 'Letter', printBackground: false });
		mkdirSync(OUTPUT, { recursive: true });
		writeFileSync(resolve(OUTPUT, 'story-print.pdf'), pdf);
		// every still made it onto the paper
		expect(await pdfImages(pdf)).toBeGreaterThanOrEqual(steps.length);
		expect(errors).toEqual([]);
		await close();
	});
});
