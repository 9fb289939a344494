/**
 * The embed page on its own: one graphic at a fixed step, or stepping through its own steps with
 * buttons and arrow keys; the theme from the URL; what search engines are told; and a readable
 * message for a bad URL; an embed folder's written page, with and without JavaScript.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copy } from 'virtual:story';
import { closeBrowser, DESKTOP, openPage, PHONE } from './page.ts';

afterAll(closeBrowser);

const settled = (graphic: string, step: string) =>
	`[data-graphic="${graphic}"][data-settled-step="${step}"]`;

describe('embed.html', () => {
	it('shows the graphic settled at the step the URL names, with no step controls', async () => {
		const step = copy.steps.at(-1)!;
		const { page, errors, close } = await openPage(
			`embed.html?graphic=${step.graphic}&step=${step.id}`,
			{ viewport: PHONE }
		);
		await page.waitForSelector(settled(step.graphic, step.id));
		expect(await page.textContent('figcaption')).toBe(copy.graphics[step.graphic]?.title);
		expect(await page.getByRole('button', { name: /next/i }).count()).toBe(0);
		await page.keyboard.press('ArrowRight');
		expect(await page.getAttribute('[data-graphic]', 'data-settled-step')).toBe(step.id);
		const story = page.getByRole('link', { name: 'Read the full story' });
		// the story beside the embed, found from the site's own address (src/lib/site-url.ts)
		expect(await story.getAttribute('href')).toBe(`${inject('baseURL')}#${step.id}`);
		expect(await story.getAttribute('target')).toBe('_top');
		expect(errors).toEqual([]);
		await close();
	});

	it('tells search engines to index the story, not the embed', async () => {
		const { page, close } = await openPage('embed.html?graphic=monthly-pace');
		expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
		const canonical = await page.$eval('link[rel="canonical"]', el => (el as HTMLLinkElement).href);
		expect(canonical).toBe(new URL('./', page.url()).href);
		await close();
	});

	it("steps through the graphic's own steps with the buttons and the arrow keys", async () => {
		const graphic = 'monthly-pace';
		const own = copy.steps.filter(s => s.graphic === graphic);
		expect(own.length).toBeGreaterThan(2);
		const { page, errors, close } = await openPage(`embed.html?graphic=${graphic}`, {
			viewport: DESKTOP
		});
		const counter = page.locator('[data-counter]');
		const at = async (i: number) => {
			await page.waitForSelector(settled(graphic, own[i]!.id));
			await page.waitForSelector(`[data-step-id="${own[i]!.id}"][aria-current="step"]`);
			expect(await counter.textContent()).toBe(`Step ${i + 1} / ${own.length}`);
		};
		const previous = page.getByRole('button', { name: /previous/i });
		const next = page.getByRole('button', { name: /next/i });
		await at(0);
		expect(await previous.isDisabled()).toBe(true);
		await next.click();
		await at(1);
		await page.keyboard.press('ArrowRight');
		await at(2);
		await page.keyboard.press('ArrowLeft');
		await at(1);
		// Space and PageDown belong to the host article's scrolling, not to the embed
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('PageDown');
		await page.keyboard.press('Space');
		await at(1);
		for (let i = 2; i < own.length; i++) await next.click();
		await at(own.length - 1);
		expect(await next.isDisabled()).toBe(true);
		expect(errors).toEqual([]);
		await close();
	});

	it('takes the theme from the URL', async () => {
		const { page, close } = await openPage('embed.html?graphic=theft-vs-launches&theme=dark', {
			colorScheme: 'light'
		});
		await page.waitForSelector('[data-graphic="theft-vs-launches"][data-settled-step]');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(18, 18, 18)');
		await close();
	});

	for (const [query, message] of [
		['', /needs a graphic/],
		['?graphic=pie', /no graphic called "pie"/],
		['?graphic=theft-vs-launches&step=nope', /has no step called "nope"/],
		['?graphic=theft-vs-launches&theme=sepia', /no theme called "sepia"\. Use light, dark or auto/]
	] as const) {
		it(`explains a bad URL inside the frame: "${query}"`, async () => {
			const { page, errors, close } = await openPage(`embed.html${query}`);
			const alert = await page.waitForSelector('[role="alert"]');
			expect(await alert.textContent()).toMatch(message);
			expect(errors).toEqual([]);
			await close();
		});
	}

	it('still shows the graphic when only the theme is wrong', async () => {
		const { page, close } = await openPage('embed.html?graphic=theft-vs-launches&theme=sepia');
		await page.waitForSelector('[data-graphic="theft-vs-launches"][data-settled-step]');
		expect(await page.getAttribute('html', 'data-theme')).toBeNull();
		await close();
	});
});

/** The file a page's still (named by its alt text) shows, once it has loaded. */
function shownStill(page: Page, alt: string): Promise<string> {
	return page.getByRole('img', { name: alt }).evaluate(async img => {
		const image = img as HTMLImageElement;
		if (!image.complete) await new Promise(done => image.addEventListener('load', done));
		return image.currentSrc;
	});
}

describe('an embed folder (embed/<graphic-id>/)', () => {
	const graphic = 'monthly-pace';
	const own = copy.steps.filter(s => s.graphic === graphic);
	const first = own[0]!;
	const later = own[2]!;

	it('is written at its first step: the words are in the page without a script', async () => {
		const { page, close } = await openPage(`embed/${graphic}/`, {
			viewport: PHONE,
			javaScriptEnabled: false
		});
		expect(await page.textContent('figcaption')).toBe(copy.graphics[graphic]?.title);
		expect(await page.textContent('.step-text')).toContain(first.text[0]);
		// the frame that cannot draw gives way to the step's still, which says the same in its alt text
		expect(await page.isVisible('.plot')).toBe(false);
		const still = page.getByRole('img', { name: first.alt });
		expect(await still.isVisible()).toBe(true);
		const src = await shownStill(page, first.alt);
		expect(src).toBe(`${inject('baseURL')}stills/narrow/${first.id}.png`);
		expect((await page.request.get(src)).status()).toBe(200);
		expect(await page.getAttribute('html', 'data-embed-waiting')).toBeNull();
		expect(await page.isVisible('.step-text')).toBe(true);
		// and no step buttons that would do nothing without the script
		const next = page.getByRole('button', { name: 'Next step', includeHidden: true });
		expect(await next.count()).toBe(1);
		expect(await next.isVisible()).toBe(false);
		// its links lead from the folder back to the site: the story at the step, the stills
		const story = page.getByRole('link', { name: 'Read the full story' });
		expect(await story.evaluate(a => (a as HTMLAnchorElement).href)).toBe(
			`${inject('baseURL')}#${first.id}`
		);
		const stills = await page.$$eval('a[download]', links =>
			links.map(a => (a as HTMLAnchorElement).href)
		);
		expect(stills).toHaveLength(2);
		for (const still of stills) {
			expect(still).toContain(`${inject('baseURL')}stills/${first.id}.`);
			expect((await page.request.get(still)).status()).toBe(200);
		}
		await close();
	});

	it.each([
		['a wide', DESKTOP, 'stills/dark'],
		['a phone', PHONE, 'stills/dark/narrow']
	])('shows %s dark screen without a script its dark still', async (_, viewport, folder) => {
		const { page, close } = await openPage(`embed/${graphic}/`, {
			viewport,
			colorScheme: 'dark',
			javaScriptEnabled: false
		});
		const src = await shownStill(page, first.alt);
		expect(src).toBe(`${inject('baseURL')}${folder}/${first.id}.png`);
		expect((await page.request.get(src)).status()).toBe(200);
		await close();
	});

	it('fetches its script once the words have painted, and takes over with nothing moved', async () => {
		const { page, errors, close } = await openPage(`embed/${graphic}/`, { viewport: PHONE }, p =>
			p.addInitScript(() => {
				const w = window as unknown as { __cls: number };
				w.__cls = 0;
				new PerformanceObserver(list => {
					for (const e of list.getEntries()) w.__cls += (e as unknown as { value: number }).value;
				}).observe({ type: 'layout-shift', buffered: true });
			})
		);
		await page.waitForSelector(settled(graphic, first.id));
		const order = await page.evaluate(() => {
			const paint = performance.getEntriesByName('first-contentful-paint')[0];
			const script = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
				r => /\/assets\/main-[\w-]+\.js$/.test(r.name)
			);
			return {
				paint: paint?.startTime ?? null,
				script: script?.startTime ?? null,
				cls: (window as unknown as { __cls: number }).__cls,
				pages: document.querySelectorAll('main.embed').length
			};
		});
		expect(order.paint).not.toBeNull();
		expect(order.script).toBeGreaterThan(order.paint ?? Infinity);
		expect(order.cls).toBe(0);
		expect(order.pages).toBe(1);
		expect(await page.textContent('.step-text')).toContain(first.text[0]);
		expect(await page.getByRole('button', { name: 'Next step' }).isVisible()).toBe(true);
		// the still is for pages without scripts: here it is neither shown nor fetched
		expect(await page.locator('img[src*="stills/"]').count()).toBe(0);
		expect(errors).toEqual([]);
		await close();
	});

	it('keeps the written page hidden when the URL asks for another step, until the script draws it', async () => {
		const path = `embed/${graphic}/?step=${later.id}`;
		// the page as it is before its script: the first step's words must not show
		const blocked = await openPage(path, { viewport: PHONE }, p =>
			p.route('**/assets/*.js', route => route.abort())
		);
		await blocked.page.waitForLoadState('load');
		expect(await blocked.page.getAttribute('html', 'data-embed-waiting')).toBe('');
		expect(await blocked.page.isVisible('.step-text')).toBe(false);
		await blocked.close();
		const { page, errors, close } = await openPage(path, { viewport: PHONE });
		await page.waitForSelector(settled(graphic, later.id));
		expect(await page.getAttribute('html', 'data-embed-waiting')).toBeNull();
		expect(await page.textContent('.step-text')).toContain(later.text[0]);
		expect(await page.isVisible('.step-text')).toBe(true);
		expect(await page.locator('main.embed').count()).toBe(1);
		expect(errors).toEqual([]);
		await close();
	});
});
