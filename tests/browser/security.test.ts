/**
 * What the site must survive: a strict Content-Security-Policy (no violation anywhere), no request
 * to another origin, URLs with anything in them, and a graphic that fails (the rest of the story
 * goes on).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { DIST } from './global-setup.ts';
import {
	browser,
	closeBrowser,
	DESKTOP,
	openPage,
	PHONE,
	scrollToStep,
	waitForStep
} from './page.ts';
import { CSP } from '../../src/build/csp.ts';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';

let strict: StaticServer;
beforeAll(async () => {
	strict = await serveStatic(DIST, { headers: { 'content-security-policy': CSP } });
});
afterAll(async () => {
	await strict.close();
	await closeBrowser();
});

/** Opens a page on the CSP server, recording violations, requests and errors. */
async function openStrict(path: string, viewport = DESKTOP) {
	const context = await (await browser()).newContext({ viewport, reducedMotion: 'reduce' });
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', e =>
			seen.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`)
		);
	});
	const requests: string[] = [];
	const errors: string[] = [];
	context.on('request', r => requests.push(r.url()));
	const page = await context.newPage();
	page.on('pageerror', e => errors.push(e.message));
	page.on('console', m => m.type() === 'error' && errors.push(m.text()));
	await page.goto(new URL(path, strict.url).href);
	const violations = () =>
		page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
	return { context, page, requests, errors, violations };
}

async function walkStory(page: Page) {
	for (const step of copy.steps) {
		await scrollToStep(page, step.id);
		await waitForStep(page, step.id, step.graphic);
	}
}

describe('under a strict Content-Security-Policy', () => {
	it('is in force (a check of the check): an inline style attribute is refused and reported', async () => {
		const { context, page, violations } = await openStrict('embed.html?graphic=monthly-pace');
		await page.waitForSelector('[data-graphic][data-settled-step]');
		await page.evaluate(() =>
			document.body.insertAdjacentHTML('beforeend', '<p style="color:red">x</p>')
		);
		await expect.poll(violations).toEqual([expect.stringMatching(/^style-src/)]);
		await context.close();
	});

	it('the story runs to the end with its tables, details and embed dialog, and no violation', async () => {
		const { context, page, requests, errors, violations } = await openStrict('./', PHONE);
		await walkStory(page);
		const map = copy.steps.find(s => s.graphic === 'exchange-map')!;
		await scrollToStep(page, map.id);
		await waitForStep(page, map.id, map.graphic);
		await page.waitForSelector('[data-graphic="exchange-map"] .land path');
		await page.locator('[data-exchange-id]').first().focus();
		await page.waitForSelector('[data-details-for]');
		await page.getByRole('button', { name: 'Table' }).click();
		await page.waitForSelector('table');
		await page.getByRole('button', { name: 'Embed' }).click();
		await page.getByRole('dialog').waitFor();
		expect(await violations()).toEqual([]);
		expect(errors).toEqual([]);
		// every request went to the site's own origin
		const origin = new URL(strict.url).origin;
		expect(requests.filter(url => new URL(url).origin !== origin)).toEqual([]);
		await context.close();
	});

	for (const path of [
		'embed.html?graphic=exchange-map',
		'embed.html?graphic=monthly-pace&step=ronin&theme=dark',
		'?mode=present#map-world',
		'?mode=notes#sites-all'
	])
		it(`${path} runs with no violation`, async () => {
			const { context, page, errors, violations, requests } = await openStrict(path);
			await page.waitForSelector('[data-graphic][data-settled-step]');
			await page.keyboard.press('ArrowRight');
			await page.waitForTimeout(200);
			await page.waitForSelector('[data-graphic][data-settled-step]');
			expect(await violations()).toEqual([]);
			expect(errors).toEqual([]);
			const origin = new URL(strict.url).origin;
			expect(requests.filter(url => new URL(url).origin !== origin)).toEqual([]);
			await context.close();
		});
});

describe('URLs with anything in them', () => {
	const long = 'x'.repeat(5000);
	const script = '<script>alert(1)</script>';
	const cases: [string, RegExp | null][] = [
		[`?mode=${encodeURIComponent(script)}`, /no mode called "<script>alert\(1\)<\/script>"/],
		[`?theme=${long}`, /no theme called "x{60}…"/],
		[`?mode=present&theme=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, /no theme/],
		[`#${encodeURIComponent(script)}`, null],
		['#%E0%A4%A', null],
		[`?mode=present#${long}`, null],
		['?mode=notes#%', null],
		[`embed.html?graphic=${encodeURIComponent(script)}`, /no graphic called "<script>/],
		[`embed.html?graphic=${long}`, /no graphic called "x{60}…"/],
		['embed.html?graphic=exchange-map&step=%00%01', /has no step called/],
		['embed.html?graphic=exchange-map&step=bybit&step=nope', null],
		['embed.html?graphic[]=map&childId=%3Cb%3E', /needs a graphic/],
		['embed.html?graphic=exchange-map&childId=' + long, null]
	];
	for (const [path, message] of cases) {
		it(`${path.slice(0, 70)}: ${message ? 'a message' : 'the page, at a sensible step'}`, async () => {
			const { page, errors, close } = await openPage(path);
			if (message) {
				const alert = await page.waitForSelector('[role="alert"]');
				expect(await alert.textContent()).toMatch(message);
			} else {
				await page.waitForSelector('[data-graphic][data-settled-step]');
			}
			// never a blank page, never an injected element (the steps' stills, which only print
			// shows, are the page's own)
			expect((await page.textContent('body'))?.trim().length).toBeGreaterThan(20);
			expect(
				await page
					.locator(
						'img:not([data-print-still]), script:not([src]):not([type="application/ld+json"])'
					)
					.count()
			).toBe(0);
			expect(errors).toEqual([]);
			await close();
		});
	}
});

describe('a graphic that fails', () => {
	it('shows a message in its place, and the rest of the story goes on', async () => {
		const { page, close } = await openPage(
			'./',
			{ viewport: DESKTOP, reducedMotion: 'reduce' },
			p =>
				// a damaged shape file: valid JSON, but not the topology the map needs
				p.route('**/geo/world-110m.json', r =>
					r.fulfill({ contentType: 'application/json', body: '{"type":"Topology","arcs":[]}' })
				)
		);
		const map = copy.steps.find(s => s.graphic === 'exchange-map' && s.id !== copy.steps[0]!.id)!;
		await scrollToStep(page, map.id);
		const failed = await page.waitForSelector('[data-graphic-failed="exchange-map"]');
		expect(await failed.getAttribute('role')).toBe('alert');
		expect(await failed.textContent()).toContain(map.alt);
		// the text still reads, and the next graphics still draw
		const after = copy.steps.filter(s => s.graphic !== 'exchange-map').at(-1)!;
		await scrollToStep(page, after.id);
		await waitForStep(page, after.id, after.graphic);
		await close();
	});
});
