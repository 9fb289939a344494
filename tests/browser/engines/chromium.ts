/**
 * Chromium through playwright-core: the shared browser global-setup.ts starts (the same one the
 * Chromium-only tests use, through page.ts), one context per page. With `classicScrollbar`, a
 * second Chromium of this file's own, started without Playwright's `--hide-scrollbars`: headless
 * Chromium then draws the classic 15-px scrollbar of desktop Chrome on Windows and Linux, which
 * takes its width from the page (as Firefox's 12-px one does).
 */
import { chromium, type Browser, type Frame as PwFrame } from 'playwright-core';
import { browser as sharedBrowser, closeBrowser, DESKTOP } from '../page.ts';
import { RECORD_SCRIPT, readRecord } from './record.ts';
import type { Engine, EngineInfo, Frame, OpenOptions, TestPage } from './types.ts';

export function chromiumEngine(
	info: EngineInfo,
	options: { classicScrollbar?: boolean } = {}
): Engine {
	let own: Promise<Browser> | null = null;
	const browser = (): Promise<Browser> => {
		if (!options.classicScrollbar) return sharedBrowser();
		own ??= chromium.launch({
			executablePath: info.executablePath,
			args: info.args,
			ignoreDefaultArgs: ['--hide-scrollbars'],
			headless: true
		});
		return own;
	};
	const site = (csp = false) => (csp ? info.cspURL : info.siteURL);
	return {
		name: 'chromium',
		id: options.classicScrollbar ? 'chromium-scrollbar' : 'chromium',
		site,
		async open(path: string, opts: OpenOptions = {}) {
			const context = await (await browser()).newContext({ viewport: opts.viewport ?? DESKTOP });
			await context.addInitScript({ content: RECORD_SCRIPT });
			const requests: string[] = [];
			context.on('request', r => requests.push(r.url()));
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', msg => {
				if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
			});
			page.on('pageerror', err => errors.push(`page: ${err.message}`));
			const resolve = (url: string) => new URL(url, site(opts.csp)).href;
			const frameOf = async (selector: string): Promise<PwFrame> => {
				const frame = await (await page.$(selector))?.contentFrame();
				if (!frame) throw new Error(`no frame ${selector}`);
				return frame;
			};
			const frame = (get: () => Promise<PwFrame | typeof page>): Frame => ({
				evaluate: async (fn, arg) => (await get()).evaluate(fn, arg as never),
				async waitFor(fn, arg, timeout = 5000) {
					await (await get()).waitForFunction(fn, arg as never, { timeout });
				}
			});
			const tested: TestPage = {
				engine: 'chromium',
				...frame(async () => page),
				async goto(url) {
					await page.goto(resolve(url));
				},
				async reload() {
					await page.reload();
				},
				url: async () => page.url(),
				setViewport: viewport => page.setViewportSize(viewport),
				press: key => page.keyboard.press(key),
				click: selector => page.click(selector),
				async screenshot(path) {
					await page.screenshot({ path });
				},
				frame: selector => frame(() => frameOf(selector)),
				errors: async () => [...errors],
				violations: async () => (await readRecord(tested)).violations,
				requests: async () => [...requests],
				close: () => context.close()
			};
			await tested.goto(path);
			return tested;
		},
		async close() {
			if (own) await (await own).close();
			own = null;
			await closeBrowser();
		}
	};
}
