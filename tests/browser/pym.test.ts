/**
 * Embeds in a host article on another origin, sized by the real pym.js parent script (the copy
 * the build publishes beside the story): each frame is as tall as its content, follows a width
 * change from desktop to phone and back, growing and shrinking, and ignores messages it did not
 * expect, in Chromium, Firefox and WebKit. Then, in Chromium, the frame follows its own step
 * controls, and the embed code the story's "Embed" dialog gives works as pasted.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { copy } from 'virtual:story';
import { waitForSelector } from './engines/dom.ts';
import { eachEngine, type TestPage } from './engines/index.ts';
import { serveHost, type HostSite } from './host.ts';
import { browser, closeBrowser, DESKTOP, openPage, PHONE } from './page.ts';

let host: HostSite;
beforeAll(async () => {
	host = await serveHost();
});
afterAll(async () => {
	await host.close();
	await closeBrowser();
});

const site = () => inject('baseURL');

/** The frame's height in the host page, and its content's height inside the frame. */
async function heights(page: Page, containerId: string) {
	const iframe = page.locator(`#${containerId} iframe`);
	const outer = await iframe.evaluate(el => el.getBoundingClientRect().height);
	const frame = (await (await iframe.elementHandle())!.contentFrame()) as Frame;
	const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
	return { outer, inner };
}

/** Waits until the frame is as tall as its content (pym.js has had its say). */
async function sized(page: Page, containerId: string): Promise<number> {
	let last = { outer: 0, inner: -1 };
	for (let i = 0; i < 50; i++) {
		last = await heights(page, containerId);
		if (last.inner > 0 && Math.abs(last.outer - Math.ceil(last.inner)) <= 1) return last.outer;
		await page.waitForTimeout(100);
	}
	throw new Error(
		`#${containerId}: frame ${last.outer}px tall, its content ${last.inner}px: not sized`
	);
}

async function settledIn(page: Page, containerId: string, graphic: string, step?: string) {
	const iframe = page.locator(`#${containerId} iframe`);
	const frame = (await (await iframe.elementHandle())!.contentFrame()) as Frame;
	await frame.waitForSelector(
		`[data-graphic="${graphic}"]${step ? `[data-settled-step="${step}"]` : '[data-settled-step]'}`
	);
	return frame;
}

const pause = (ms: number) => new Promise(done => setTimeout(done, ms));

/** The frame's height in the host page, and its content's height inside the frame. */
async function frameHeights(page: TestPage, containerId: string) {
	const iframe = `#${containerId} iframe`;
	const outer = await page.evaluate(sel => {
		return (document.querySelector(sel) as Element).getBoundingClientRect().height;
	}, iframe);
	const inner = await page
		.frame(iframe)
		.evaluate(() => document.body.getBoundingClientRect().height);
	return { outer, inner };
}

/** Waits until the frame is as tall as its content (pym.js has had its say). */
async function sizedFrame(page: TestPage, containerId: string): Promise<number> {
	let last = { outer: 0, inner: -1 };
	for (let i = 0; i < 50; i++) {
		last = await frameHeights(page, containerId);
		if (last.inner > 0 && Math.abs(last.outer - Math.ceil(last.inner)) <= 1) return last.outer;
		await pause(100);
	}
	throw new Error(
		`#${containerId}: frame ${last.outer}px tall, its content ${last.inner}px: not sized`
	);
}

const settledInFrame = (page: TestPage, containerId: string, graphic: string, step?: string) =>
	waitForSelector(
		page.frame(`#${containerId} iframe`),
		`[data-graphic="${graphic}"]${step ? `[data-settled-step="${step}"]` : '[data-settled-step]'}`,
		10_000
	);

eachEngine(engine => {
	describe('embeds sized by pym.js in a host article', () => {
		// the step with the most text: on a phone it wraps into many more lines, so the frame must
		// grow although the drawing gets shorter (with the first step, the two nearly cancel out in
		// Firefox, whose 12-px scrollbar narrows the article)
		const fixed = copy.steps
			.filter(s => s.graphic === 'theft-vs-launches')
			.reduce((a, b) => (b.text.join(' ').length > a.text.join(' ').length ? b : a));
		const site = engine.site();

		it('sizes two frames to their content, at 1280 px and at 375 px, growing and shrinking', async () => {
			const url = host.page(
				`two-${engine.id}.html`,
				`<div id="first"></div><p>Between the graphics.</p><div id="second"></div>
<script src="${site}pym.v1.min.js"></script>
<script>
new pym.Parent('first', ${JSON.stringify(`${site}embed.html?graphic=${fixed.graphic}&step=${fixed.id}`)}, { title: 'First' });
new pym.Parent('second', ${JSON.stringify(`${site}embed.html?graphic=exchange-map`)}, { title: 'Second' });
</script>`
			);
			const page = await engine.open(url, { viewport: DESKTOP });
			await settledInFrame(page, 'first', fixed.graphic, fixed.id);
			await settledInFrame(page, 'second', 'exchange-map');
			const wide = [await sizedFrame(page, 'first'), await sizedFrame(page, 'second')];
			// the default iframe is 150 px: pym.js must have set the height from our messages
			for (const h of wide) expect(h).toBeGreaterThan(400);

			await page.setViewport(PHONE);
			await pause(300);
			const narrow = [await sizedFrame(page, 'first'), await sizedFrame(page, 'second')];
			// on a phone the step's text wraps into more lines: the first frame grows (each frame's
			// height matches its content at every width, checked by sizedFrame(); the map's frame may
			// come out a few pixels either way, its drawing being shorter on a phone)
			expect(narrow[0]).toBeGreaterThan(wide[0]! + 20);

			await page.setViewport(DESKTOP);
			await pause(300);
			const back = [await sizedFrame(page, 'first'), await sizedFrame(page, 'second')];
			// and shrinks again (pym.js issue #165: frames that never shrink)
			expect(back[0]).toBeCloseTo(wide[0]!, -1);
			expect(back[1]).toBeCloseTo(wide[1]!, -1);
			expect(await page.errors()).toEqual([]);
			await page.close();
		});

		it('ignores messages it did not expect', async () => {
			const url = host.page(
				`noise-${engine.id}.html`,
				`<div id="quiet"></div>
<script src="${site}pym.v1.min.js"></script>
<script>new pym.Parent('quiet', ${JSON.stringify(`${site}embed.html?graphic=${fixed.graphic}&step=${fixed.id}`)}, {});</script>`
			);
			const page = await engine.open(url, { viewport: DESKTOP });
			await settledInFrame(page, 'quiet', fixed.graphic, fixed.id);
			const before = await sizedFrame(page, 'quiet');
			await page.evaluate(() => {
				const child = document.querySelector('#quiet iframe') as HTMLIFrameElement;
				for (const junk of [
					'pymxPYMxsomeone-elsexPYMxheightxPYMx9000',
					'pymxPYMxquietxPYMxnavigateToxPYMxjavascript:alert(1)',
					'pymxPYMxquietxPYMxwidth',
					'{"type":"resize","height":9000}',
					{ type: 'step', id: 'bybit' },
					42,
					null
				])
					child.contentWindow?.postMessage(junk, '*');
			});
			await pause(300);
			expect(await sizedFrame(page, 'quiet')).toBe(before);
			await settledInFrame(page, 'quiet', fixed.graphic, fixed.id);
			expect(
				await page
					.frame('#quiet iframe')
					.evaluate(() =>
						document.querySelector('[data-graphic]')?.getAttribute('data-settled-step')
					)
			).toBe(fixed.id);
			expect(await page.errors()).toEqual([]);
			await page.close();
		});
	});
});

describe('chromium: an embed sized by pym.js', () => {
	it('grows and shrinks with its own step controls', async () => {
		const url = host.page(
			'steps.html',
			`<div id="steps"></div>
<script src="${site()}pym.v1.min.js"></script>
<script>new pym.Parent('steps', ${JSON.stringify(`${site()}embed.html?graphic=theft-launch-scatter`)}, {});</script>`
		);
		const context = await (await browser()).newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(url);
		const frame = await settledIn(page, 'steps', 'theft-launch-scatter');
		const own = copy.steps.filter(s => s.graphic === 'theft-launch-scatter');
		const seen = new Set<number>();
		for (let i = 0; i < own.length; i++) {
			if (i > 0) await frame.getByRole('button', { name: /next/i }).click();
			await frame.waitForSelector(`[data-step-id="${own[i]!.id}"][aria-current="step"]`);
			seen.add(Math.round(await sized(page, 'steps')));
		}
		// the steps' texts differ in length, so the frame took more than one height
		expect(seen.size).toBeGreaterThan(1);
		await context.close();
	});
});

describe('chromium: "Embed this graphic" in the story', () => {
	it('gives code that works as pasted into an article on another site', async () => {
		const step = copy.steps.find(s => s.graphic === 'monthly-pace')!;
		const { page, errors, close } = await openPage(`./#${step.id}`, {
			viewport: PHONE,
			permissions: ['clipboard-read', 'clipboard-write']
		});
		await page.waitForSelector(`[data-graphic="monthly-pace"][data-settled-step="${step.id}"]`);
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this graphic' });
		// the dialog's code is fetched on the first click
		await dialog.waitFor();
		const code = await dialog.locator('textarea').inputValue();
		expect(code).toContain(`embed/monthly-pace/?step=${step.id}`);
		// where scripts are stripped, the still of the step, linked to the story
		expect(code).toContain(`stills/${step.id}.png`);
		await dialog.getByLabel(/every step of this graphic/).check();
		const stepping = await dialog.locator('textarea').inputValue();
		expect(stepping).not.toContain('step=');
		await dialog.getByRole('button', { name: 'Copy code' }).click();
		await expect
			.poll(() => dialog.getByRole('status').textContent())
			.toMatch(/^Copied\. Paste it into an HTML block/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(stepping);
		await dialog.getByRole('button', { name: 'Close' }).click();
		expect(await dialog.isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await close();

		const url = host.page('pasted.html', code);
		const context = await (await browser()).newContext({ viewport: DESKTOP });
		const article = await context.newPage();
		await article.goto(url);
		const id = `nk-crypto-monthly-pace-${step.id}`;
		await settledIn(article, id, 'monthly-pace', step.id);
		expect(await sized(article, id)).toBeGreaterThan(300);
		expect(await article.locator(`#${id} iframe`).count()).toBe(1);
		await context.close();
	});
});
