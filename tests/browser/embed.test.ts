/** The embed page: one graphic at a fixed step, and a readable message for a bad URL. */
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { closeBrowser, openPage, PHONE } from './page.ts';

afterAll(closeBrowser);

describe('embed.html', () => {
	it('shows the graphic settled at the step the URL names', async () => {
		const step = copy.steps.at(-1)!;
		const { page, errors, close } = await openPage(
			`embed.html?graphic=${step.graphic}&step=${step.id}`,
			{
				viewport: PHONE
			}
		);
		await page.waitForSelector(`[data-graphic="${step.graphic}"][data-settled-step="${step.id}"]`);
		expect(await page.textContent('figcaption')).toBe(copy.graphics[step.graphic]?.title);
		expect(errors).toEqual([]);
		await close();
	});

	for (const [query, message] of [
		['', /needs a graphic/],
		['?graphic=pie', /no graphic called "pie"/],
		['?graphic=theft-vs-launches&step=nope', /has no step called "nope"/]
	] as const) {
		it(`explains a bad URL inside the frame: "${query}"`, async () => {
			const { page, errors, close } = await openPage(`embed.html${query}`);
			const alert = await page.waitForSelector('[role="alert"]');
			expect(await alert.textContent()).toMatch(message);
			expect(errors).toEqual([]);
			await close();
		});
	}
});
