/**
 * The story page in real Chromium, at phone and desktop width: a reader scrolls through every
 * step and the graphic settles in each step's state (the marks the step asks for, by their data
 * hooks); a fast scroll back, a deep link, a reload mid-story and a resize all land on the right
 * step; reduced motion makes changes instant; no console errors. Screenshots of every step go to
 * tests/browser/output/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { mainTheftSeries } from '../../src/data/index.ts';
import { exchangeMapSpec } from '../../src/graphics/exchange-map/state.ts';
import { launchSiteMapSpec } from '../../src/graphics/launch-site-map/state.ts';
import exchangeMap from '../../src/graphics/exchange-map/part.ts';
import launchSiteMap from '../../src/graphics/launch-site-map/part.ts';
import type { Step } from '../../src/story/types.ts';
import { STEP_DURATION } from '../../src/lib/motion.ts';
import {
	closeBrowser,
	DESKTOP,
	openPage,
	PHONE,
	scrollToStep,
	stepIds,
	waitForStep
} from './page.ts';

const SHOTS = resolve(import.meta.dirname, 'output');
mkdirSync(SHOTS, { recursive: true });

afterAll(closeBrowser);

const attrs = (page: Page, selector: string, name: string) =>
	page.$$eval(selector, (els, n) => els.map(el => el.getAttribute(n) ?? ''), name);

/** Checks the marks of the graphic that is showing against what the step asks for. */
async function expectStepState(page: Page, step: Step): Promise<void> {
	const root = `[data-graphic="${step.graphic}"]`;
	if (step.graphic === 'theft-vs-launches') {
		const [from, to] = step.view.years ?? [2016, 2025];
		const years = (
			await attrs(page, `${root} [aria-label="theft-bars"] [data-year]`, 'data-year')
		).map(Number);
		expect(years, step.id).toEqual(
			mainTheftSeries.map(t => t.year).filter(y => y >= from && y <= to)
		);
		for (const year of step.view.highlight ?? []) {
			const opacity = await page.getAttribute(
				`${root} [aria-label="theft-bars"] [data-year="${year}"]`,
				'fill-opacity'
			);
			expect(Number(opacity), `${step.id} ${year}`).toBe(1);
		}
		const launchPanel = await page.$(`${root} [aria-label="launches-panel"]`);
		expect(launchPanel !== null, `${step.id}: missile panel shown`).toBe(
			step.view.show !== 'theft'
		);
	} else if (step.graphic === 'monthly-pace') {
		const months = await attrs(page, `${root} [data-month]`, 'data-month');
		const from = step.view.from ?? '2016-01';
		expect(months[0]! >= from || months[0] === from, `${step.id} first month`).toBe(true);
		if (step.view.to) expect(months.at(-1)! <= step.view.to, `${step.id} last month`).toBe(true);
		for (const id of step.view.heists ?? [])
			expect(await page.$(`${root} [data-exchange-id="${id}"]`), id).not.toBeNull();
		for (const month of step.view.highlight ?? []) {
			expect(
				Number(await page.getAttribute(`${root} [data-month="${month}"]`, 'fill-opacity')),
				month
			).toBe(1);
		}
	} else if (step.graphic === 'exchange-map') {
		const spec = exchangeMapSpec(step.view, exchangeMap.data);
		const expected = exchangeMap.data.incidents
			.filter((_, i) => spec.shown[i] === 1)
			.map(h => h.id);
		const drawn = await attrs(page, `${root} [data-exchange-id]`, 'data-exchange-id');
		expect(drawn.sort(), step.id).toEqual(expected.sort());
	} else if (step.graphic === 'launch-site-map') {
		const spec = launchSiteMapSpec(step.view, launchSiteMap.data);
		const expected = launchSiteMap.data.sites
			.filter((_, i) => (spec.missiles[i] ?? 0) > 0)
			.map(s => s.id);
		const drawn = await attrs(page, `${root} [data-site-id]`, 'data-site-id');
		expect(drawn.sort(), step.id).toEqual(expected.sort());
	} else {
		const years = (
			await attrs(page, `${root} [aria-label="year-points"] [data-year]`, 'data-year')
		).map(Number);
		expect(years, step.id).toEqual(mainTheftSeries.map(t => t.year));
	}
	expect(await page.getAttribute(root, 'aria-label')).toBe(step.alt);
}

async function current(page: Page): Promise<string[]> {
	return attrs(page, '[aria-current="step"]', 'data-step-id');
}

for (const [name, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
	describe(`the story at ${name} width (${viewport.width}px)`, () => {
		it('shows the headline, dek, byline and every step of the copy, in order', async () => {
			const { page, close } = await openPage('./', { viewport });
			expect(await page.textContent('h1')).toBe(copy.headline);
			expect(await page.textContent('.story-dek')).toBe(copy.dek);
			expect(await stepIds(page)).toEqual(copy.steps.map(s => s.id));
			await close();
		});

		it("settles the graphic in each step's state as the reader scrolls down", async () => {
			const { page, errors, close } = await openPage('./', { viewport });
			for (const step of copy.steps) {
				await scrollToStep(page, step.id);
				await waitForStep(page, step.id, step.graphic);
				expect(await current(page)).toEqual([step.id]);
				await expectStepState(page, step);
				await page.screenshot({ path: resolve(SHOTS, `story-${name}-${step.id}.png`) });
			}
			expect(errors).toEqual([]);
			await close();
		});

		it('lands on the right step after a fast scroll back to the top and down again', async () => {
			const { page, errors, close } = await openPage('./', { viewport });
			const [first, last] = [copy.steps[0]!, copy.steps.at(-1)!];
			await scrollToStep(page, last.id);
			await waitForStep(page, last.id, last.graphic);
			for (const step of [...copy.steps].reverse()) await scrollToStep(page, step.id);
			await waitForStep(page, first.id, first.graphic);
			await expectStepState(page, first);
			await scrollToStep(page, last.id);
			await waitForStep(page, last.id, last.graphic);
			await expectStepState(page, last);
			expect(errors).toEqual([]);
			await close();
		});

		it('opens a deep link (#step-id) at that step, in its state', async () => {
			for (const step of [copy.steps[4]!, copy.steps[13]!, copy.steps.at(-1)!]) {
				const { page, errors, close } = await openPage(`./#${step.id}`, { viewport });
				await waitForStep(page, step.id, step.graphic);
				await expectStepState(page, step);
				expect(errors).toEqual([]);
				await close();
			}
		});

		it('follows an in-page link to a step (a hash change after load)', async () => {
			const step = copy.steps[14]!;
			const { page, errors, close } = await openPage('./', { viewport });
			await page.evaluate(id => (location.hash = `#${id}`), step.id);
			await waitForStep(page, step.id, step.graphic);
			await expectStepState(page, step);
			expect(errors).toEqual([]);
			await close();
		});

		it('stays on its step through a reload mid-story', async () => {
			const step = copy.steps[8]!;
			const { page, close } = await openPage('./', { viewport });
			await scrollToStep(page, step.id);
			await waitForStep(page, step.id, step.graphic);
			await page.reload();
			await waitForStep(page, step.id, step.graphic);
			await close();
		});
	});
}

describe('the story under motion preferences and resizes', () => {
	it('changes the picture instantly under prefers-reduced-motion', async () => {
		const { page, close } = await openPage('./', { viewport: DESKTOP, reducedMotion: 'reduce' });
		const [a, b] = [copy.steps[1]!, copy.steps[2]!];
		await scrollToStep(page, a.id);
		await waitForStep(page, a.id, a.graphic);
		await scrollToStep(page, b.id);
		const started = Date.now();
		await waitForStep(page, b.id, b.graphic);
		// a transition takes STEP_DURATION; reduced motion settles within a few frames of the change
		expect(Date.now() - started).toBeLessThan(STEP_DURATION - 100);
		await close();
	});

	it('animates between steps otherwise: the graphic is unsettled for a moment', async () => {
		const { page, close } = await openPage('./', { viewport: DESKTOP });
		const [a, b] = [copy.steps[1]!, copy.steps[2]!];
		await scrollToStep(page, a.id);
		await waitForStep(page, a.id, a.graphic);
		await scrollToStep(page, b.id);
		await page.waitForSelector(`[data-graphic="${b.graphic}"]:not([data-settled-step])`, {
			timeout: 2000
		});
		await waitForStep(page, b.id, b.graphic);
		await close();
	});

	it('re-lays the graphic out on a resize without losing the step', async () => {
		const { page, errors, close } = await openPage('./', { viewport: DESKTOP });
		const step = copy.steps[9]!;
		await scrollToStep(page, step.id);
		await waitForStep(page, step.id, step.graphic);
		const before = await page.getAttribute(`[data-graphic] svg`, 'viewBox');
		await page.setViewportSize(PHONE);
		await page.waitForFunction(
			vb => document.querySelector('[data-graphic] svg')?.getAttribute('viewBox') !== vb,
			before
		);
		await scrollToStep(page, step.id);
		await waitForStep(page, step.id, step.graphic);
		expect(await current(page)).toEqual([step.id]);
		await expectStepState(page, step);
		expect(errors).toEqual([]);
		await close();
	});
});
