/**
 * What each browser test needs from a page: a fresh context at a given viewport, every console
 * error and uncaught exception collected, and waits written in the app's own test hooks
 * (`data-step-id`, `aria-current="step"`, `data-graphic`, `data-settled-step`; DESIGN.md §4).
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { bringStepToTrigger } from './engines/dom.ts';

export interface Viewport {
	width: number;
	height: number;
}

export const PHONE: Viewport = { width: 375, height: 740 };
export const DESKTOP: Viewport = { width: 1280, height: 800 };

let shared: Promise<Browser> | null = null;

/** The Chromium started by global-setup.ts, connected once per test file. */
export function browser(): Promise<Browser> {
	shared ??= chromium.connect(inject('wsEndpoint'));
	return shared;
}

export async function closeBrowser(): Promise<void> {
	if (shared) await (await shared).close();
	shared = null;
}

export interface OpenedPage {
	page: Page;
	/** Console errors and uncaught exceptions seen so far. */
	errors: string[];
	close(): Promise<void>;
}

/**
 * Opens `path` (relative to the built site) in a new context. `before` runs before the page
 * loads (to route requests, say).
 */
export async function openPage(
	path: string,
	options: BrowserContextOptions = {},
	before?: (page: Page) => Promise<unknown>
): Promise<OpenedPage> {
	const context = await (await browser()).newContext({ viewport: DESKTOP, ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', msg => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', err => errors.push(`page: ${err.message}`));
	await before?.(page);
	await page.goto(new URL(path, inject('baseURL')).href);
	return { page, errors, close: () => context.close() };
}

/** The ids of the story's steps, in order. */
export function stepIds(page: Page): Promise<string[]> {
	return page.$$eval('[data-step-id]', els => els.map(el => el.getAttribute('data-step-id') ?? ''));
}

/**
 * Scrolls the way a reader does (a real scroll of the window, which fires the observers) until the
 * step's top is just past the trigger line (engines/dom.ts, shared with the cross-engine tests).
 */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	// once the story is live (engines/dom.ts's scrollToStep says why)
	await page.waitForSelector('[data-trigger][data-live]', { timeout: 10_000 });
	await page.evaluate(bringStepToTrigger, id);
}

/** Waits until the step is the current one and the graphic has settled on it. */
export async function waitForStep(page: Page, id: string, graphic: string): Promise<void> {
	await page.waitForSelector(`[data-step-id="${id}"][aria-current="step"]`, { timeout: 5000 });
	await page.waitForSelector(`[data-graphic="${graphic}"][data-settled-step="${id}"]`, {
		timeout: 5000
	});
}
