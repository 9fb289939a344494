/**
 * The engine-neutral page that the cross-engine tests are written against: the few things those
 * tests do (open a URL at a viewport, run a function in the page, wait for a condition, press a
 * key, click, take a screenshot) and what they check (console errors and uncaught exceptions,
 * Content-Security-Policy violations, requests). One adapter per engine implements it:
 * chromium.ts (playwright-core), firefox.ts (puppeteer-core over WebDriver BiDi) and webkit.ts
 * (webdriverio over WebDriver classic). Functions passed to `evaluate` and `waitFor` run in the
 * page: they are sent as source text, so they may use only their argument (JSON) and page globals.
 */

import type { Viewport } from '../page.ts';

export type { Viewport };

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface OpenOptions {
	/** CSS pixels; 1280 × 800 if not given. */
	viewport?: Viewport;
	/** Serve the site with the strict Content-Security-Policy header (security.test.ts). */
	csp?: boolean;
}

/** A document: the page, or a frame inside it. */
export interface Frame {
	/** Runs `fn(arg)` in the document and returns its (JSON) result, awaited if a promise. */
	evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	/** Waits until `fn(arg)` returns something truthy in the document; throws after `timeout` ms. */
	waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
}

export interface TestPage extends Frame {
	readonly engine: EngineName;
	/** Opens a URL (absolute, or relative to the site) in this page and waits for its load event. */
	goto(url: string): Promise<void>;
	/** Reloads the document and waits for its load event. */
	reload(): Promise<void>;
	/** The document's URL. */
	url(): Promise<string>;
	setViewport(viewport: Viewport): Promise<void>;
	/** A key as Playwright names it: `ArrowRight`, `PageDown`, `Space`, `Shift+Space`, `f`… */
	press(key: string): Promise<void>;
	/** A real click in the middle of the first element `selector` matches. */
	click(selector: string): Promise<void>;
	/** The viewport, as a PNG file. */
	screenshot(path: string): Promise<void>;
	/** The document of the iframe that `selector` matches in this page. */
	frame(selector: string): Frame;
	/**
	 * Console errors and uncaught exceptions so far, in this page and its frames. What each engine
	 * can see differs: see webkit.ts and the README's testing section.
	 */
	errors(): Promise<string[]>;
	/** Content-Security-Policy violations reported in this page's document. */
	violations(): Promise<string[]>;
	/** URLs the page requested (its own document included). */
	requests(): Promise<string[]>;
	close(): Promise<void>;
}

export interface Engine {
	readonly name: EngineName;
	/** The name of the run, for describe blocks and for the screenshots' folder under output/. */
	readonly id: string;
	/** The built site's address for this engine (ends with a slash). */
	site(csp?: boolean): string;
	/** A new page, isolated from other pages (its own storage), at `path` (relative to the site). */
	open(path: string, options?: OpenOptions): Promise<TestPage>;
	/** Ends this test file's use of the engine (the browser itself is global-setup.ts's). */
	close(): Promise<void>;
}

/** What global-setup.ts found and started for each engine, passed to the test files. */
export interface EngineInfo {
	name: EngineName;
	/** Why the engine does not run (not installed, left out by TEST_BROWSERS); null if it runs. */
	skipped: string | null;
	/** Browser and version, for the log. */
	version: string;
	/** Chromium: Playwright's server; Firefox: the WebDriver BiDi socket; WebKit: WebKitWebDriver's URL. */
	endpoint: string;
	/** The built site, served for this engine, without and with the strict CSP header. */
	siteURL: string;
	cspURL: string;
	/** WebKit: the MiniBrowser to start; Chromium: the executable and flags for extra launches. */
	executablePath: string;
	args: string[];
}
