/**
 * Accessibility, checked the way readers meet the package: axe-core at every step of the story at
 * 375 and 1280 px in the light and the dark theme, at every step of briefing mode, on every embed,
 * with the tables, dialogs and details open, and without JavaScript; the whole story by keyboard
 * alone with a visible focus; and reduced motion, under which nothing tweens.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { GRAPHIC_IDS } from '../../src/graphics/registry.ts';
import { axeViolations } from './axe.ts';
import { closeBrowser, DESKTOP, openPage, PHONE, scrollToStep, waitForStep } from './page.ts';

afterAll(closeBrowser);

describe('axe-core finds no violation', () => {
	for (const scheme of ['light', 'dark'] as const)
		for (const viewport of [PHONE, DESKTOP])
			it(`at every step of the story, ${scheme}, ${viewport.width} px`, async () => {
				const { page, errors, close } = await openPage('./', {
					viewport,
					colorScheme: scheme,
					reducedMotion: 'reduce'
				});
				const found: string[] = (await axeViolations(page)).map(v => `page: ${v}`);
				for (const step of copy.steps) {
					await scrollToStep(page, step.id);
					await waitForStep(page, step.id, step.graphic);
					// the graphic and the step being read; the rest of the page was checked above
					for (const v of await axeViolations(page, ['figure', `[data-step-id="${step.id}"]`]))
						found.push(`${step.id}: ${v}`);
				}
				expect(found).toEqual([]);
				expect(errors).toEqual([]);
				await close();
			});

	it('at every step of briefing mode, and in the notes view', async () => {
		const { page, close } = await openPage('./?mode=present', {
			viewport: DESKTOP,
			reducedMotion: 'reduce'
		});
		const found: string[] = [];
		for (const [i, step] of copy.steps.entries()) {
			if (i > 0) await page.keyboard.press('PageDown');
			await page.waitForSelector(
				`[data-graphic="${step.graphic}"][data-settled-step="${step.id}"]`
			);
			for (const v of await axeViolations(page)) found.push(`${step.id}: ${v}`);
		}
		await page.goto(page.url().replace('mode=present', 'mode=notes'));
		await page.waitForSelector('[data-graphic][data-settled-step]');
		for (const v of await axeViolations(page)) found.push(`notes: ${v}`);
		expect(found).toEqual([]);
		await close();
	});

	for (const scheme of ['light', 'dark'] as const)
		it(`on every embed, in the ${scheme} theme asked for by the URL`, async () => {
			const found: string[] = [];
			for (const graphic of GRAPHIC_IDS) {
				const { page, close } = await openPage(`embed.html?graphic=${graphic}&theme=${scheme}`, {
					viewport: PHONE,
					colorScheme: scheme === 'dark' ? 'light' : 'dark'
				});
				await page.waitForSelector(`[data-graphic="${graphic}"][data-settled-step]`);
				for (const v of await axeViolations(page)) found.push(`${graphic}: ${v}`);
				await close();
			}
			expect(found).toEqual([]);
		});

	it('with a table, the embed dialog and a theft’s details open', async () => {
		const map = copy.steps.find(s => s.graphic === 'exchange-map' && s.view.region === 'world')!;
		const found: string[] = [];
		for (const scheme of ['light', 'dark'] as const) {
			const { page, close } = await openPage(`./#${map.id}`, {
				viewport: PHONE,
				colorScheme: scheme,
				reducedMotion: 'reduce'
			});
			await waitForStep(page, map.id, map.graphic);
			await page.locator('[data-exchange-id]').first().focus();
			await page.waitForSelector('[data-details-for]');
			for (const v of await axeViolations(page)) found.push(`${scheme} details: ${v}`);
			await page.getByRole('button', { name: 'Table' }).click();
			await page.waitForSelector('figure table');
			for (const v of await axeViolations(page)) found.push(`${scheme} table: ${v}`);
			await page.getByRole('button', { name: 'Embed' }).click();
			await page.getByRole('dialog').waitFor();
			for (const v of await axeViolations(page)) found.push(`${scheme} dialog: ${v}`);
			await close();
		}
		expect(found).toEqual([]);
	});

	it('on the prerendered page, before the app runs (what readers without JavaScript get)', async () => {
		// axe needs JavaScript, so the app's own scripts are blocked instead
		const { page, close } = await openPage('./', { viewport: PHONE }, p =>
			p.route('**/assets/*.js', r => r.abort())
		);
		expect(await page.locator('[data-step-id]').count()).toBe(copy.steps.length);
		expect(await page.locator('[data-graphic]').count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		await close();
	});
});

/** Presses Tab until focus comes back around; returns what was focused, in order. */
async function tabThrough(page: Page, max = 400) {
	const seen: { label: string; outline: string; ring: boolean }[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			// an SVG symbol shows its focus as a thick stroke on its mark (outline does not apply)
			const ring = [...el.querySelectorAll('*')].some(c => {
				const s = getComputedStyle(c);
				return s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 3;
			});
			return {
				ring,
				label: `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`,
				outline: `${style.outlineStyle} ${style.outlineWidth}`,
				key: el.dataset.exchangeId ?? el.id ?? ''
			};
		});
		if (!info) break;
		if (seen.length > 0 && info.label === seen[0]!.label) break;
		seen.push(info);
	}
	return seen;
}

describe('by keyboard alone', () => {
	it('reaches every control of the story with a visible focus ring', async () => {
		const { page, close } = await openPage('./', { viewport: DESKTOP, reducedMotion: 'reduce' });
		await page.waitForSelector('[data-graphic][data-settled-step]');
		const stops = await tabThrough(page);
		expect(stops.map(s => s.label)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^button:Table/),
				expect.stringMatching(/^button:Embed/)
			])
		);
		// every stop shows where the focus is
		expect(
			stops.filter(s => !s.ring && (s.outline.startsWith('none') || s.outline.endsWith(' 0px')))
		).toEqual([]);
		await close();
	});

	it('reads the story to the end with the keyboard, and opens the map details from it', async () => {
		const { page, close } = await openPage('./', { viewport: DESKTOP, reducedMotion: 'reduce' });
		await page.waitForSelector('[data-graphic][data-settled-step]');
		// Space and PageDown scroll the page; the graphic follows
		const last = copy.steps.at(-1)!;
		const visited = new Set<string>();
		for (let i = 0; i < 300 && !visited.has(last.id); i++) {
			await page.keyboard.press('PageDown');
			await page.waitForTimeout(60);
			const current = await page.getAttribute('[aria-current="step"]', 'data-step-id');
			if (current) visited.add(current);
		}
		await waitForStep(page, last.id, last.graphic);
		// the keyboard's scrolling passed through the story, not only its ends
		expect(visited.size).toBeGreaterThan(copy.steps.length / 2);
		// Home goes back to the top, and the first step. First the last PageDown's scrolling comes
		// to rest: on a loaded machine Chromium dropped a Home pressed while it still ran (the page
		// stayed at the bottom; 1 run in 8 here)
		await page.waitForFunction(
			() =>
				new Promise(rest => {
					const y = window.scrollY;
					setTimeout(() => rest(window.scrollY === y), 200);
				})
		);
		await page.keyboard.press('Home');
		await waitForStep(page, copy.steps[0]!.id, copy.steps[0]!.graphic);
		// then into the thefts of a map step with Tab
		const map = copy.steps.find(s => s.graphic === 'exchange-map' && s.view.region === 'world')!;
		await page.waitForFunction(() => window.scrollY === 0);
		await scrollToStep(page, map.id);
		await waitForStep(page, map.id, map.graphic);
		const first = await page.getAttribute('[data-exchange-id]', 'data-exchange-id');
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.hasAttribute('data-exchange-id')))
				break;
		}
		expect(
			await page.evaluate(() => document.activeElement?.getAttribute('data-exchange-id'))
		).toBe(first);
		await page.waitForSelector(`[data-details-for="${first}"]`);
		await close();
	});

	it('opens and closes the table and the embed dialog, and returns the focus', async () => {
		const { page, close } = await openPage('./', { viewport: PHONE, reducedMotion: 'reduce' });
		await page.waitForSelector('[data-graphic][data-settled-step]');
		const table = page.getByRole('button', { name: 'Table' });
		await table.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('figure table');
		expect(await table.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Enter');
		expect(await page.locator('figure table').count()).toBe(0);
		const embed = page.getByRole('button', { name: 'Embed' });
		await embed.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog');
		await dialog.waitFor();
		// focus moves into the dialog, Escape closes it and focus goes back to the button
		expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Embed');
		await close();
	});
});

describe('reduced motion', () => {
	/**
	 * Watches the step change from a to b: how often each mark's geometry changed, and how long the
	 * graphic went without a settled step (ms).
	 */
	async function watchChange(
		page: Page,
		a: (typeof copy.steps)[number],
		b: (typeof copy.steps)[number]
	) {
		await scrollToStep(page, a.id);
		await waitForStep(page, a.id, a.graphic);
		await page.evaluate(() => {
			const w = window as unknown as { __counts: Map<string, number>; __unsettled: number[] };
			w.__counts = new Map();
			w.__unsettled = [];
			const root = document.querySelector('[data-graphic]')!;
			new MutationObserver(records => {
				for (const r of records) {
					const el = r.target as Element;
					if (r.attributeName === 'data-settled-step') {
						w.__unsettled.push(performance.now());
						continue;
					}
					const key = `${el.tagName}:${el.getAttribute('data-year') ?? ''}:${r.attributeName}`;
					w.__counts.set(key, (w.__counts.get(key) ?? 0) + 1);
				}
			}).observe(root, {
				attributes: true,
				subtree: true,
				attributeFilter: [
					'x',
					'y',
					'width',
					'height',
					'cx',
					'cy',
					'r',
					'transform',
					'opacity',
					'fill-opacity',
					'stroke-opacity',
					'd',
					'style',
					'data-settled-step'
				]
			});
		});
		await scrollToStep(page, b.id);
		await waitForStep(page, b.id, b.graphic);
		await page.waitForTimeout(100);
		return page.evaluate(() => {
			const w = window as unknown as { __counts: Map<string, number>; __unsettled: number[] };
			const [off, on] = w.__unsettled;
			return {
				changed: w.__counts.size,
				most: Math.max(0, ...w.__counts.values()),
				unsettledFor: off !== undefined && on !== undefined ? on - off : 0
			};
		});
	}
	const [a, b] = [copy.steps[1]!, copy.steps[2]!];

	it('jumps each mark straight to its new place: no tween runs', async () => {
		const { page, close } = await openPage('./', { viewport: DESKTOP, reducedMotion: 'reduce' });
		const seen = await watchChange(page, a, b);
		// the marks did change, each exactly once, and the graphic was never caught mid-way
		expect(seen.changed).toBeGreaterThan(0);
		expect(seen.most).toBe(1);
		expect(seen.unsettledFor).toBe(0);
		// and no transition, animation or smooth scrolling is declared anywhere
		const moving = await page.evaluate(
			() =>
				[document.documentElement, ...document.querySelectorAll('*')]
					.map(el => getComputedStyle(el))
					.filter(
						s =>
							s.transitionDuration.split(',').some(d => parseFloat(d) > 0) ||
							s.animationDuration.split(',').some(d => parseFloat(d) > 0) ||
							s.scrollBehavior === 'smooth'
					).length
		);
		expect(moving).toBe(0);
		await close();
	});

	it('tweens otherwise (the check can tell the difference)', async () => {
		const { page, close } = await openPage('./', { viewport: DESKTOP });
		const seen = await watchChange(page, a, b);
		// the transition took its time (how many frames the headless browser drew varies)
		expect(seen.unsettledFor).toBeGreaterThan(300);
		await close();
	});
});

describe('the dark theme', () => {
	const background = (page: Page) =>
		page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const DARK = 'rgb(18, 18, 18)';
	const LIGHT = 'rgb(255, 255, 255)';

	it('follows the system setting, and ?theme= overrides it both ways', async () => {
		for (const [path, scheme, expected] of [
			['./', 'dark', DARK],
			['./', 'light', LIGHT],
			['./?theme=dark', 'light', DARK],
			['./?theme=light', 'dark', LIGHT],
			['./?theme=auto', 'dark', DARK],
			['./?mode=present&theme=dark', 'light', DARK]
		] as const) {
			const { page, close } = await openPage(path, { colorScheme: scheme });
			await page.waitForSelector('[data-graphic][data-settled-step]');
			expect(await background(page), `${path} with a ${scheme} system`).toBe(expected);
			// the graphic's ink follows too
			const ink = await page.evaluate(
				() => getComputedStyle(document.querySelector('figcaption')!).color
			);
			expect(ink, path).toBe(expected === DARK ? 'rgb(236, 236, 236)' : 'rgb(26, 26, 26)');
			await close();
		}
	});
});
