/**
 * Where the briefing pack is offered: "Download slides" and "Download handout" in briefing mode
 * and the presenter's notes, and both in the story's methodology, each a link to the file the
 * build wrote. The offline file has no briefing folder beside it: it offers no such link.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { BRIEFING_FILES } from '../../src/lib/pack-files.ts';
import { DIST } from './global-setup.ts';
import { browser, closeBrowser, openPage } from './page.ts';

afterAll(closeBrowser);

/** The links' addresses, resolved against the page. */
function hrefs(page: Page, selector: string): Promise<string[]> {
	return page.$$eval(selector, links => links.map(a => (a as HTMLAnchorElement).href));
}

/** Each address answers with the file the build wrote (same size). */
async function expectTheFiles(urls: string[]): Promise<void> {
	const files = [BRIEFING_FILES.slides, BRIEFING_FILES.handout];
	expect(urls.map(u => new URL(u).pathname)).toEqual(files.map(f => `/${f}`));
	for (const [i, url] of urls.entries()) {
		const response = await fetch(url);
		expect(response.status, url).toBe(200);
		expect((await response.arrayBuffer()).byteLength, url).toBe(
			statSync(resolve(DIST, files[i]!)).size
		);
	}
}

describe('the briefing pack is offered', () => {
	for (const mode of ['present', 'notes'])
		it(`in ?mode=${mode}: "Download slides" and "Download handout"`, async () => {
			const { page, errors, close } = await openPage(`./?mode=${mode}`);
			await page.waitForSelector('[data-pack="handout"]');
			expect(
				await page.$$eval('[data-pack]', links => links.map(a => a.textContent?.trim()))
			).toEqual(['Download slides', 'Download handout']);
			await expectTheFiles(await hrefs(page, '[data-pack]'));
			expect(errors).toEqual([]);
			await close();
		});

	it("in the story's methodology", async () => {
		const { page, close } = await openPage('./');
		await expectTheFiles(await hrefs(page, '[data-pack-links] a'));
		await close();
	});
});

describe('the offline file', () => {
	for (const query of ['?mode=present', '?mode=notes', ''])
		it(`offers no link to a briefing folder it does not have (${query || 'the story'})`, async () => {
			const context = await (await browser()).newContext();
			const page = await context.newPage();
			await page.goto(`${inject('offlineURL')}${query}`);
			await page.waitForSelector(
				query ? '[data-step-id][aria-current="step"]' : '#method-briefing'
			);
			expect(await page.$$('[data-pack], [data-pack-links]')).toEqual([]);
			expect(await page.$$('a[href*="briefing/"]')).toEqual([]);
			await context.close();
		});
});
