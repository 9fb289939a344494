/**
 * The opening graphic drawn into the page (src/story/OpeningPicture.svelte), in real Chromium: it
 * is in the built HTML as SVG (land, circles, labels) at the plot's size on a phone and on a wide
 * screen; it shows without JavaScript, once; with JavaScript the live graphic takes its place in
 * the same box, without a layout shift and without a moment of empty plot or waiting text, and
 * only once it has drawn all of it (its chunk and its land); and nothing for the next graphics is
 * fetched before that.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { OPENING_SIZES } from '../../src/story/opening.ts';
import { axeViolations } from './axe.ts';
import { closeBrowser, DESKTOP, openPage, PHONE } from './page.ts';

afterAll(closeBrowser);

const first = copy.steps[0]!;
const second = copy.steps.find(s => s.graphic !== first.graphic)!;
const OPENING = `[data-opening="${first.id}"]`;
/** The live graphic in the story's graphic place (the picture carries no test hooks). */
const LIVE = `.story-sticky [data-graphic="${first.graphic}"]`;

/** What the drawn picture for one screen holds. */
async function pictureAt(page: Page, screen: string) {
	return page.$eval(`${OPENING} [data-screen="${screen}"]`, el => {
		const svg = el.querySelector('svg[viewBox]:not(.land)');
		const land = [...el.querySelectorAll('.land path')];
		return {
			viewBox: svg?.getAttribute('viewBox'),
			land: land.length,
			// the land is cut to the frame: it is drawn in pixels, not as the whole world's plane
			landChars: land.reduce((n, p) => n + (p.getAttribute('d') ?? '').length, 0),
			circles: el.querySelectorAll('[data-exchange-id] .mark').length,
			labels: [...el.querySelectorAll('text')].map(t => t.textContent ?? ''),
			hooks: el.querySelectorAll('[data-graphic], [data-settled-step]').length
		};
	});
}

describe('the opening graphic in the page', () => {
	it('is in the built HTML as SVG at each size: land, circles and labels, no test hooks', async () => {
		const { page, close } = await openPage('./', { javaScriptEnabled: false });
		expect(first.graphic).toBe('exchange-map');
		for (const { screen, size } of OPENING_SIZES) {
			const picture = await pictureAt(page, screen);
			expect(picture.viewBox).toBe(`0 0 ${size.width} ${size.height}`);
			expect(picture.land).toBeGreaterThan(5);
			expect(picture.landChars).toBeLessThan(8000);
			expect(picture.circles).toBeGreaterThan(0);
			expect(picture.labels.join(' ')).toContain('Bybit');
			expect(picture.hooks).toBe(0);
		}
		await close();
	});

	for (const { screen, viewport } of OPENING_SIZES)
		it(`without JavaScript, shows at ${viewport.width} px above the steps, with no still of its own`, async () => {
			const { page, close } = await openPage('./', { viewport, javaScriptEnabled: false });
			const shown = await page.$$eval(`${OPENING} [data-screen]`, els =>
				els
					.filter(el => el.getBoundingClientRect().width > 0)
					.map(el => {
						const land = el.querySelector('.land path')?.getBoundingClientRect();
						return {
							screen: el.getAttribute('data-screen'),
							box: el.getBoundingClientRect().height,
							land: land ? land.width * land.height : 0
						};
					})
			);
			expect(shown).toHaveLength(1);
			expect(shown[0]?.screen).toBe(screen);
			expect(shown[0]?.box).toBeGreaterThan(150);
			expect(shown[0]?.land).toBeGreaterThan(0);
			// the first step's picture is the one above; the others keep their stills
			expect(await page.locator(`[data-step-id="${first.id}"] noscript`).count()).toBe(0);
			expect(await page.locator(`[data-step-id="${second.id}"] noscript`).count()).toBe(1);
			await close();
		});

	it('passes axe as the page is before its script runs: the picture inert and hidden', async () => {
		// a page whose script never arrives: the markup as written, with axe able to run in it
		const { page, close } = await openPage('./', { viewport: PHONE }, p =>
			p.route('**/assets/*.js', route => route.abort())
		);
		await page.waitForLoadState('load');
		expect(
			await page.$eval(OPENING, el => (el as HTMLElement).inert && el.ariaHidden === 'true')
		).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await close();
	});

	for (const { screen, size, viewport } of OPENING_SIZES)
		it(`is drawn at the plot's measured size on a ${screen} screen (${viewport.width} × ${viewport.height})`, async () => {
			const { page, close } = await openPage('./', { viewport });
			await page.waitForSelector(`${LIVE}[data-settled-step="${first.id}"]`);
			const plot = await page.$eval('.story-sticky .plot', el => ({
				width: el.clientWidth,
				height: el.clientHeight
			}));
			expect(plot).toEqual(size);
			await close();
		});
});

/**
 * Records, from before the page's scripts run, every layout shift and, at each change of the
 * graphic's place, what its plot showed: the drawn picture, the live graphic (with its land), the
 * waiting text, or nothing.
 */
function recordTakeover({ opening, live }: { opening: string; live: string }) {
	const w = window as unknown as {
		__takeover: {
			cls: number;
			shown: string[];
			drawnAt: number | null;
			/** The plot's box (JSON of its client rect): the picture's last, the others' first. */
			boxes: Record<string, string>;
		};
	};
	const log: (typeof w)['__takeover'] = { cls: 0, shown: [], drawnAt: null, boxes: {} };
	w.__takeover = log;
	new PerformanceObserver(list => {
		for (const entry of list.getEntries()) log.cls += (entry as unknown as { value: number }).value;
	}).observe({ type: 'layout-shift', buffered: true });
	const look = () => {
		const plot = document.querySelector('.story-sticky .plot');
		if (!plot) return;
		const state = plot.querySelector(opening)
			? 'picture'
			: plot.querySelector(`${live} .land-frame path`)
				? 'live'
				: plot.querySelector('.waiting, .pending')
					? 'waiting text'
					: plot.querySelector(live)
						? 'live without land'
						: 'empty';
		if (log.shown.at(-1) !== state) log.shown.push(state);
		// the picture's box as painted last (its first look can come before the styles apply)
		if (state === 'picture' || !log.boxes[state])
			log.boxes[state] = JSON.stringify(plot.getBoundingClientRect());
		if (state === 'live' && log.drawnAt === null) log.drawnAt = performance.now();
	};
	// from the end of parsing (readyState "interactive"), when the page's scripts are about to run
	document.addEventListener('readystatechange', () => {
		if (document.readyState !== 'interactive') return;
		look();
		new MutationObserver(look).observe(document, { subtree: true, childList: true });
		const frame = () => {
			look();
			if (log.drawnAt === null) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
}

describe('the live graphic taking over', () => {
	for (const viewport of [PHONE, DESKTOP])
		it(`replaces the picture at ${viewport.width} px in the same box, without a shift or a blank`, async () => {
			const { page, errors, close } = await openPage('./', { viewport }, p =>
				p.addInitScript(recordTakeover, { opening: OPENING, live: LIVE })
			);
			await page.waitForSelector(`${LIVE} .land-frame path`);
			const log = await page.evaluate(
				() =>
					(
						window as unknown as {
							__takeover: { cls: number; shown: string[]; boxes: Record<string, string> };
						}
					).__takeover
			);
			expect(log.shown).toEqual(['picture', 'live']);
			expect(log.cls).toBeLessThanOrEqual(0.01);
			// the live graphic takes the picture's box: the same place and size
			expect(log.boxes.picture).toMatch(/"width":[1-9]/);
			expect(log.boxes.live).toBe(log.boxes.picture);
			expect(await page.locator(OPENING).count()).toBe(0);
			expect(errors).toEqual([]);
			await close();
		});

	it('keeps the picture while the map’s land is still on its way, and names it once', async () => {
		let release = () => {};
		const held = new Promise<void>(resolve => (release = resolve));
		const { page, close } = await openPage('./', { viewport: PHONE }, p =>
			p.route('**/geo/world-*.json', async route => {
				await held;
				await route.continue();
			})
		);
		await page.waitForFunction(() =>
			performance.getEntriesByType('resource').some(r => /exchange-map-part-/.test(r.name))
		);
		await page.waitForLoadState('load');
		expect(await page.locator(`.story-sticky ${OPENING}`).count()).toBe(1);
		expect(await page.locator(LIVE).count()).toBe(0);
		// the picture is inert and hidden; one image in its place says what it shows
		const named = await page.$$eval('.story-sticky [role="img"]:not([data-opening] *)', els =>
			els.map(el => el.getAttribute('aria-label'))
		);
		expect(named).toEqual([first.alt]);
		expect(await axeViolations(page, ['.story-sticky'])).toEqual([]);
		release();
		await page.waitForSelector(`${LIVE} .land-frame path`);
		expect(await page.locator(OPENING).count()).toBe(0);
		await close();
	});
});

describe('fetching the next graphics', () => {
	it(`requests the next graphic's chunk (${second.graphic}) only after the first has drawn`, async () => {
		const { page, close } = await openPage('./', { viewport: PHONE }, p =>
			p.addInitScript(recordTakeover, { opening: OPENING, live: LIVE })
		);
		const pattern = `${second.graphic}-part-`;
		await page.waitForFunction(
			p => performance.getEntriesByType('resource').some(r => r.name.includes(p)),
			pattern
		);
		const order = await page.evaluate(p => {
			const drawnAt = (window as unknown as { __takeover: { drawnAt: number | null } }).__takeover
				.drawnAt;
			const chunk = performance.getEntriesByType('resource').find(r => r.name.includes(p));
			return { drawnAt, requestedAt: chunk?.startTime ?? null };
		}, pattern);
		expect(order.drawnAt).not.toBeNull();
		expect(order.requestedAt).toBeGreaterThan(order.drawnAt ?? Infinity);
		await close();
	});
});

describe('the story script', () => {
	it('is fetched only once the page has painted its text and opening picture', async () => {
		const { page, close } = await openPage('./', { viewport: PHONE });
		await page.waitForSelector(LIVE);
		const order = await page.evaluate(() => {
			const paint = performance.getEntriesByName('first-contentful-paint')[0];
			const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
			// the page's entry (boot.ts) is tiny; main.ts, the live graphics, comes after the paint
			const script = resources.find(r => /\/assets\/main-[\w-]+\.js$/.test(r.name));
			// the head's stylesheets: the entry's and the page's (its components' and the opening
			// graphic's); the chunks bring copies of theirs later
			const styles = resources
				.filter(r => /\/assets\/(base|story|page)-[\w-]+\.css$/.test(r.name))
				.map(r => r.responseEnd);
			return { paint: paint?.startTime ?? null, script: script?.startTime ?? null, styles };
		});
		expect(order.paint).not.toBeNull();
		expect(order.script).not.toBeNull();
		expect(order.script).toBeGreaterThan(order.paint ?? Infinity);
		// the page's own styles are in its head, before the paint: nothing restyles it later
		expect(order.styles.length).toBe(3);
		expect(Math.max(...order.styles)).toBeLessThan(order.paint ?? 0);
		await close();
	});
});
