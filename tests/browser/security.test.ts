/**
 * What the site must survive: a strict Content-Security-Policy (no violation anywhere, and no
 * request to another origin) in Chromium, Firefox and WebKit; then, in Chromium, URLs with
 * anything in them, and a graphic that fails (the rest of the story goes on).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { GEO_FILES } from '../../src/lib/geo-files.ts';
import { clickText, scrollToStep, waitForSelector, waitForStep } from './engines/dom.ts';
import { eachEngine, WALK_TIMEOUT, type Engine } from './engines/index.ts';
import { closeBrowser, DESKTOP, openPage, PHONE } from './page.ts';
import { scrollToStep as scrollPlaywright, waitForStep as waitPlaywright } from './page.ts';

afterAll(closeBrowser);

/**
 * The requests that went to another origin than the site's. A data: URL goes nowhere (Firefox's
 * BiDi lists the one of its own bullet font, `Mozilla Bullet`, which Chromium's driver leaves out).
 */
function foreignRequests(engine: Engine, requests: string[]): string[] {
	const origin = new URL(engine.site(true)).origin;
	return requests.filter(url => !url.startsWith('data:') && new URL(url).origin !== origin);
}

eachEngine(engine => {
	// served with the README's policy (csp.ts) as a header, by global-setup.ts's server
	describe('under a strict Content-Security-Policy', () => {
		it('is in force (a check of the check): an inline style attribute is refused and reported', async () => {
			const page = await engine.open('embed.html?graphic=monthly-pace', { csp: true });
			await waitForSelector(page, '[data-graphic][data-settled-step]', 10_000);
			await page.evaluate(() =>
				document.body.insertAdjacentHTML('beforeend', '<p style="color:red">x</p>')
			);
			await expect.poll(() => page.violations()).toEqual([expect.stringMatching(/^style-src/)]);
			await page.close();
		});

		it(
			'the story runs to the end with its tables, details and embed dialog, and no violation',
			async () => {
				const page = await engine.open('./', { viewport: PHONE, csp: true });
				for (const step of copy.steps) {
					await scrollToStep(page, step.id);
					await waitForStep(page, step.id, step.graphic);
				}
				const map = copy.steps.find(s => s.graphic === 'exchange-map')!;
				await scrollToStep(page, map.id);
				await waitForStep(page, map.id, map.graphic);
				await waitForSelector(page, '[data-graphic="exchange-map"] .land path');
				await page.evaluate(() =>
					(document.querySelector('[data-exchange-id]') as HTMLElement).focus()
				);
				await waitForSelector(page, '[data-details-for]');
				await clickText(page, 'button', 'Table');
				await waitForSelector(page, 'table');
				await clickText(page, 'button', 'Embed');
				await waitForSelector(page, 'dialog[open]');
				expect(await page.violations()).toEqual([]);
				expect(await page.errors()).toEqual([]);
				expect(foreignRequests(engine, await page.requests())).toEqual([]);
				await page.close();
			},
			WALK_TIMEOUT
		);

		for (const path of [
			'embed.html?graphic=exchange-map',
			'embed.html?graphic=monthly-pace&step=ronin&theme=dark',
			'?mode=present#map-world',
			'?mode=notes#sites-all'
		])
			it(`${path} runs with no violation`, async () => {
				const page = await engine.open(path, { csp: true });
				await waitForSelector(page, '[data-graphic][data-settled-step]', 10_000);
				await page.press('ArrowRight');
				await new Promise(done => setTimeout(done, 200));
				await waitForSelector(page, '[data-graphic][data-settled-step]', 10_000);
				expect(await page.violations()).toEqual([]);
				expect(await page.errors()).toEqual([]);
				expect(foreignRequests(engine, await page.requests())).toEqual([]);
				await page.close();
			});
	});
});

describe('chromium: URLs with anything in them', () => {
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

describe('chromium: a graphic that fails', () => {
	it('shows a message in its place, and the rest of the story goes on', async () => {
		const { page, close } = await openPage(
			'./',
			{ viewport: DESKTOP, reducedMotion: 'reduce' },
			p =>
				// a damaged shape file: valid JSON, but not the land the map needs
				p.route(`**/${GEO_FILES.world}`, r =>
					r.fulfill({
						contentType: 'application/json',
						body: '{"plane":{"width":1000,"height":500}}'
					})
				)
		);
		const map = copy.steps.find(s => s.graphic === 'exchange-map' && s.id !== copy.steps[0]!.id)!;
		await scrollPlaywright(page, map.id);
		const failed = await page.waitForSelector('[data-graphic-failed="exchange-map"]');
		expect(await failed.getAttribute('role')).toBe('alert');
		expect(await failed.textContent()).toContain(map.alt);
		// the text still reads, and the next graphics still draw
		const after = copy.steps.filter(s => s.graphic !== 'exchange-map').at(-1)!;
		await scrollPlaywright(page, after.id);
		await waitPlaywright(page, after.id, after.graphic);
		await close();
	});
});
