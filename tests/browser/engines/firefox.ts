/**
 * Firefox through puppeteer-core over WebDriver BiDi: global-setup.ts launches Debian's
 * firefox-esr once; each test file connects (Firefox takes one BiDi session at a time, and the
 * files run one after another) and gives each page its own browser context. BiDi reports console
 * messages and uncaught errors from the first script on, and every request.
 * Not available here: emulating media features (reduced motion, colour scheme), which puppeteer
 * does only over CDP, so tests that need them stay on Chromium.
 */
import type { Browser, Frame as PpFrame, Page } from 'puppeteer-core';
import { DESKTOP } from '../page.ts';
import { RECORD_SCRIPT, readRecord } from './record.ts';
import type { Engine, EngineInfo, Frame, OpenOptions, TestPage } from './types.ts';

export function firefoxEngine(info: EngineInfo): Engine {
	let connected: Promise<Browser> | null = null;
	const browser = (): Promise<Browser> => {
		connected ??= import('puppeteer-core').then(({ default: puppeteer }) =>
			puppeteer.connect({ browserWSEndpoint: info.endpoint, protocol: 'webDriverBiDi' })
		);
		return connected;
	};
	const site = (csp = false) => (csp ? info.cspURL : info.siteURL);
	return {
		name: 'firefox',
		id: 'firefox',
		site,
		async open(path: string, opts: OpenOptions = {}) {
			const context = await (await browser()).createBrowserContext();
			const page = await context.newPage();
			await page.setViewport(opts.viewport ?? DESKTOP);
			await page.evaluateOnNewDocument(RECORD_SCRIPT);
			const errors: string[] = [];
			const requests: string[] = [];
			page.on('console', msg => {
				if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
			});
			page.on('pageerror', err => errors.push(`page: ${(err as Error).message ?? String(err)}`));
			page.on('request', r => requests.push(r.url()));
			const resolve = (url: string) => new URL(url, site(opts.csp)).href;
			const frameOf = async (selector: string): Promise<PpFrame> => {
				const frame = await (await page.$(selector))?.contentFrame();
				if (!frame) throw new Error(`no frame ${selector}`);
				return frame;
			};
			const frame = (get: () => Promise<PpFrame | Page>): Frame => ({
				evaluate: async (fn, arg) => (await get()).evaluate(fn, arg as never) as never,
				async waitFor(fn, arg, timeout = 5000) {
					await (await get()).waitForFunction(fn, { timeout }, arg as never);
				}
			});
			const tested: TestPage = {
				engine: 'firefox',
				...frame(async () => page),
				async goto(url) {
					await page.goto(resolve(url));
				},
				async reload() {
					await page.reload();
				},
				url: async () => page.url(),
				setViewport: viewport => page.setViewport(viewport),
				press: key => press(page, key),
				click: selector => page.click(selector),
				async screenshot(path) {
					await page.screenshot({ path: path as `${string}.png` });
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
			if (connected) await (await connected).disconnect();
			connected = null;
		}
	};
}

/** Playwright's key names (`Shift+Space`) as puppeteer's presses (over BiDi, Space is ' '). */
async function press(page: Page, key: string): Promise<void> {
	const parts = key.split('+');
	const last = parts.pop() as string;
	const main = last === 'Space' ? ' ' : last;
	for (const modifier of parts) await page.keyboard.down(modifier as never);
	await page.keyboard.press(main as never);
	for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
}
