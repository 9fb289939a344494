/**
 * The maps in real Chromium: the thefts and launch sites a step asks for, the details a reader
 * gets on focus or tap, the incidents with no location listed beside the map, and the shapes
 * fetched only when a map is near, with a retry when they fail.
 */
import type { Page, Request } from 'playwright-core';
import { offMap } from '../../src/graphics/exchange-map/lists.ts';
import type { ExchangeMapView } from '../../src/graphics/exchange-map/view.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { exchangeHackSources, exchangeHacks } from '../../src/data/index.ts';
import { GEO_FILES } from '../../src/lib/geo-files.ts';
import { closeBrowser, DESKTOP, openPage, PHONE, scrollToStep, waitForStep } from './page.ts';

afterAll(closeBrowser);

const stepOf = (id: string) => {
	const step = copy.steps.find(s => s.id === id);
	if (!step) throw new Error(`the copy has no step ${id}`);
	return step;
};

async function goTo(page: Page, id: string) {
	const step = stepOf(id);
	await scrollToStep(page, step.id);
	await waitForStep(page, step.id, step.graphic);
}

for (const [name, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
	describe(`the exchange map at ${name} width`, () => {
		it("draws the country shapes once loaded, and shows each theft's details on focus", async () => {
			const { page, errors, close } = await openPage('./', { viewport });
			await goTo(page, 'map-world');
			await page.waitForSelector('[data-graphic="exchange-map"] .land path');
			expect(
				await page.locator('[data-graphic="exchange-map"] .land path').count()
			).toBeGreaterThan(150);
			const sources = (await exchangeHackSources())['bybit-2025-02']!;
			await page.focus('[data-exchange-id="bybit-2025-02"]');
			const card = page.locator('[data-details-for="bybit-2025-02"]');
			await card.waitFor();
			const text = await card.textContent();
			expect(text).toContain('Bybit');
			expect(text).toContain('Feb. 21, 2025');
			expect(text).toContain('Dubai, United Arab Emirates');
			expect(text).toContain('$1.5bn (reports range from $1.4bn to $1.5bn)');
			// the sources arrive with the first details opened
			await expect.poll(() => card.locator('a').count()).toBe(sources.length);
			for (const href of await card
				.locator('a')
				.evaluateAll(as => as.map(a => a.getAttribute('href'))))
				expect(href).toMatch(/^https?:\/\//);
			expect(errors).toEqual([]);
			await close();
		});

		it('lists the thefts with no location beside the map, and the reported ones apart, with the same details', async () => {
			const { page, close } = await openPage('./', { viewport });
			await goTo(page, 'map-all');
			const lists = offMap(exchangeHacks);
			const ids = (attribute: string) =>
				page.$$eval(`[${attribute}]`, (els, a) => els.map(e => e.getAttribute(a)), attribute);
			expect(await ids('data-unlocated-id')).toEqual(lists.unlocated.map(h => h.id));
			expect(await ids('data-reported-id')).toEqual(lists.reported.map(h => h.id));
			expect(lists.reported.length).toBeGreaterThan(0);
			// however long the lists, their box covers at most 40% of the drawing, and the last
			// theft in it is reached by Tab (the box scrolls to it)
			const box = await page.$eval('[data-off-map]', el => {
				const plot = el.closest('[data-graphic]')!.getBoundingClientRect();
				return { height: el.getBoundingClientRect().height, plot: plot.height };
			});
			expect(box.height).toBeLessThanOrEqual(box.plot * 0.4);
			const last = `[data-reported-id="${lists.reported.at(-1)!.id}"]`;
			await page.focus(last);
			expect(
				await page.$eval(last, el => {
					const b = el.getBoundingClientRect();
					const c = el.closest('[data-off-map]')!.getBoundingClientRect();
					return b.top >= c.top - 1 && b.bottom <= c.bottom + 1;
				})
			).toBe(true);
			// its details card (opened on focus) would push the list out of a phone's drawing
			await page.click('[aria-label="Close the details"]');
			await page.click('[data-unlocated-id="alphapo-2023-07"]');
			const text = await page.locator('[data-details-for="alphapo-2023-07"]').textContent();
			expect(text).toContain('Headquarters not known; not on the map');
			// a keyboard reader reaches the reported theft's details too
			await page.focus(`[data-reported-id="${lists.reported[0]!.id}"]`);
			expect(
				await page.locator(`[data-details-for="${lists.reported[0]!.id}"]`).textContent()
			).toContain('not confirmed');
			await close();
		});

		it('keeps a keyboard reader on a name in the list when the next step lists more', async () => {
			// the step after map-2024 lists more thefts (a new box), radiant-capital-2024 still among them
			const [from, to] = ['map-2024', 'map-all'];
			const id = 'radiant-capital-2024';
			for (const step of [from, to])
				expect(
					offMap(exchangeHacks, (stepOf(step).view as ExchangeMapView).years).unlocated.map(
						h => h.id
					)
				).toContain(id);
			const { page, close } = await openPage('./', { viewport });
			await goTo(page, from);
			const name = `[data-unlocated-id="${id}"]`;
			await page.focus(name);
			const listBefore = await page.$eval('[data-off-map]', el => el.textContent);
			await goTo(page, to);
			// a new box (the lists changed), and the focus on the same name in it
			expect(await page.$eval('[data-off-map]', el => el.textContent)).not.toBe(listBefore);
			expect(
				await page.evaluate(() => document.activeElement?.getAttribute('data-unlocated-id'))
			).toBe(id);
			await close();
		});

		it('packs the thefts of one city so none hides another, with a count', async () => {
			const { page, close } = await openPage('./', { viewport });
			await goTo(page, 'map-korea-japan');
			const circles = await page.$$eval(
				'[data-graphic="exchange-map"] [data-exchange-id] .mark',
				els =>
					els.map(e => ({
						x: Number(e.getAttribute('cx')),
						y: Number(e.getAttribute('cy')),
						r: Number(e.getAttribute('r'))
					}))
			);
			for (const a of circles)
				for (const b of circles)
					if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
			expect(await page.locator('[data-graphic="exchange-map"] .count').count()).toBeGreaterThan(0);
			await close();
		});
	});
}

describe('the launch-site map', () => {
	for (const [name, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
		it(`names the busiest sites and draws North Korea at ${name} width`, async () => {
			const { page, errors, close } = await openPage('./', { viewport });
			await goTo(page, 'sites-all');
			await page.waitForSelector('[data-graphic="launch-site-map"] .land path');
			expect(await page.textContent('[data-graphic="launch-site-map"]')).toContain(
				'Pyongyang Airport (56)'
			);
			expect(errors).toEqual([]);
			await close();
		});
	}
});

describe('map shapes are fetched when a map is near', () => {
	it('fetches no shapes during the first load, and the launch-site shapes only near their section', async () => {
		const { page, close } = await openPage('./', { viewport: DESKTOP });
		const requested: string[] = [];
		page.on('request', (r: Request) => requested.push(new URL(r.url()).pathname));
		const timing = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const geo = performance.getEntriesByType('resource').filter(e => e.name.includes('/geo/'));
			return { loadEnd: nav.loadEventEnd, geoStarts: geo.map(e => [e.name, e.startTime] as const) };
		});
		for (const [url, start] of timing.geoStarts)
			expect(start, url).toBeGreaterThanOrEqual(timing.loadEnd);
		await goTo(page, 'scatter');
		expect(requested.filter(p => p.endsWith(GEO_FILES.korea))).toEqual([]);
		const near = copy.steps.findIndex(s => s.graphic === 'launch-site-map') - 2;
		await goTo(page, copy.steps[near]!.id);
		await expect.poll(() => requested.filter(p => p.endsWith(GEO_FILES.korea)).length).toBe(1);
		await close();
	});

	it('says so when the shapes fail, and draws them after a retry', async () => {
		let fail = true;
		const { page, close } = await openPage('./', { viewport: DESKTOP }, p =>
			p.route(`**/${GEO_FILES.world}`, route => (fail ? route.abort() : route.continue()))
		);
		await goTo(page, 'map-world');
		const alert = page.locator('[data-graphic="exchange-map"] [role="alert"]');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('could not be loaded');
		expect(
			await page.locator('[data-graphic="exchange-map"] [data-exchange-id]').count()
		).toBeGreaterThan(10);
		fail = false;
		await alert.locator('button').click();
		await page.waitForSelector('[data-graphic="exchange-map"] .land path');
		expect(await alert.count()).toBe(0);
		await close();
	});
});
