/**
 * The story page in real Chromium: a reader scrolls through every step at phone and desktop width,
 * and the graphic reaches each step's state; a deep link opens the story at its step.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { mainTheftSeries } from '../../src/data/index.ts';
import { usd } from '../../src/lib/format.ts';
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

/** Opacity of each year's bar group, as drawn. */
async function barOpacities(page: import('playwright-core').Page) {
	return page.$$eval(
		'[data-graphic="theft-vs-launches"] [aria-label="theft-bars"] [data-year]',
		groups =>
			Object.fromEntries(
				groups.map(g => [g.getAttribute('data-year'), Number(g.getAttribute('opacity'))])
			)
	);
}

for (const [name, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
	describe(`the story at ${name} width (${viewport.width}px)`, () => {
		it('lists every step of the copy, in order', async () => {
			const { page, close } = await openPage('./', { viewport });
			expect(await stepIds(page)).toEqual(copy.steps.map(s => s.id));
			await close();
		});

		it('settles the graphic on each step as the reader scrolls down, then back up', async () => {
			const { page, errors, close } = await openPage('./', { viewport });
			const order = [...copy.steps, ...copy.steps.slice(0, -1).reverse()];
			for (const step of order) {
				await scrollToStep(page, step.id);
				await waitForStep(page, step.id, step.graphic);
				expect(
					await page.$$eval('[aria-current="step"]', els =>
						els.map(e => e.getAttribute('data-step-id'))
					)
				).toEqual([step.id]);
				const opacities = await barOpacities(page);
				expect(Object.keys(opacities).map(Number)).toEqual(mainTheftSeries.map(d => d.year));
				const picked = step.view.highlight ?? [];
				for (const d of mainTheftSeries) {
					const full = picked.length === 0 || picked.includes(d.year);
					const opacity = opacities[d.year];
					if (full) expect(opacity, `bar ${d.year} at step ${step.id}`).toBe(1);
					else expect(opacity, `bar ${d.year} at step ${step.id}`).toBeLessThan(0.5);
				}
				for (const year of picked) {
					const datum = mainTheftSeries.find(d => d.year === year);
					const label = await page.textContent(
						`[data-graphic="theft-vs-launches"] [data-year="${year}"] text`
					);
					expect(label).toContain(usd(datum?.usd ?? NaN));
				}
				await page.screenshot({ path: resolve(SHOTS, `story-${name}-${step.id}.png`) });
			}
			expect(errors).toEqual([]);
			await close();
		});

		it('opens a deep link (#step-id) at that step, with the graphic in its state', async () => {
			const last = copy.steps.at(-1)!;
			const { page, errors, close } = await openPage(`./#${last.id}`, { viewport });
			await waitForStep(page, last.id, last.graphic);
			expect(errors).toEqual([]);
			await close();
		});
	});
}
