/**
 * The offline build's single file, opened from disk (file://) with every network request blocked:
 * the story scrolls through to its last step and briefing mode steps through to its end, maps
 * included (their shapes are inside the file), and nothing is even attempted over the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { copy } from 'virtual:story';
import {
	browser,
	closeBrowser,
	DESKTOP,
	PHONE,
	scrollToStep,
	waitForStep,
	type Viewport
} from './page.ts';

afterAll(closeBrowser);

interface Offline {
	context: BrowserContext;
	page: Page;
	/** Requests for anything but the file itself, all blocked. */
	blocked: string[];
	errors: string[];
}

async function openOffline(query: string, viewport: Viewport = DESKTOP): Promise<Offline> {
	const context = await (await browser()).newContext({ viewport, reducedMotion: 'reduce' });
	const blocked: string[] = [];
	await context.route('**/*', route => {
		const url = route.request().url();
		if (url.startsWith('file:')) return route.continue();
		blocked.push(url);
		return route.abort('internetdisconnected');
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', e => errors.push(e.message));
	page.on('console', m => m.type() === 'error' && errors.push(m.text()));
	page.on('requestfailed', r => errors.push(`request failed: ${r.url()}`));
	await page.goto(`${inject('offlineURL')}${query}`);
	return { context, page, blocked, errors };
}

describe('the offline file', () => {
	it('is one file, with nothing it loads from elsewhere', () => {
		const path = fileURLToPath(inject('offlineURL'));
		expect(readdirSync(dirname(path))).toEqual([basename(path)]);
		const html = readFileSync(path, 'utf8');
		expect(html.match(/\s(?:src|href)="(?!data:|#)[^"]*"/g) ?? []).toEqual([]);
		expect(html).not.toMatch(/<link[^>]+rel="(?:stylesheet|modulepreload|preload)"/);
	});

	it('sets the text in Source Sans 3, carried inside the file', async () => {
		const { context, page, blocked, errors } = await openOffline('');
		const loaded = await page.evaluate(async () => {
			await document.fonts.ready;
			return [...document.fonts]
				.filter(f => f.family.replace(/"/g, '') === 'Source Sans 3' && f.status === 'loaded')
				.map(f => f.weight)
				.sort();
		});
		// the headline (bold) and the text (regular) are on the first screen
		expect(loaded).toEqual(['400', '600 700']);
		expect(await page.evaluate(() => document.fonts.check('16px "Source Sans 3"'))).toBe(true);
		expect(blocked).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('runs the story to its last step from file:// with no network', async () => {
		const { context, page, blocked, errors } = await openOffline('', PHONE);
		expect(page.url()).toMatch(/^file:\/\//);
		for (const step of copy.steps) {
			await scrollToStep(page, step.id);
			await waitForStep(page, step.id, step.graphic);
			if (step.graphic === 'exchange-map' || step.graphic === 'launch-site-map')
				await page.waitForSelector(`[data-graphic="${step.graphic}"] .land path`);
		}
		// the data downloads are not in the file: the page says so instead of linking nowhere
		expect(await page.locator('a[download]').count()).toBe(0);
		expect(await page.textContent('#method-downloads + p')).toMatch(/offline copy/);
		// no embed code either: a file on a laptop is nothing to embed from
		expect(await page.getByRole('button', { name: 'Embed' }).count()).toBe(0);
		expect(blocked).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('runs briefing mode to its last step', async () => {
		const { context, page, blocked, errors } = await openOffline('?mode=present');
		for (let i = 0; i < copy.steps.length; i++) {
			const step = copy.steps[i]!;
			if (i > 0) await page.keyboard.press('ArrowRight');
			await page.waitForSelector(`[data-step-id="${step.id}"][aria-current="step"]`);
			await page.waitForSelector(
				`[data-graphic="${step.graphic}"][data-settled-step="${step.id}"]`
			);
			expect(await page.textContent('[data-counter]')).toBe(`Step ${i + 1} / ${copy.steps.length}`);
			if (step.graphic === 'exchange-map' || step.graphic === 'launch-site-map')
				await page.waitForSelector(`[data-graphic="${step.graphic}"] .land path`);
		}
		// the hash follows the step in a file too, so a reload returns to it
		expect(new URL(page.url()).hash).toBe(`#${copy.steps.at(-1)!.id}`);
		await page.reload();
		await page.waitForSelector(`[data-step-id="${copy.steps.at(-1)!.id}"][aria-current="step"]`);
		expect(blocked).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
