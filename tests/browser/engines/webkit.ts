/**
 * WebKit (WebKitGTK's MiniBrowser) through webdriverio over WebDriver classic, connected to the
 * WebKitWebDriver that global-setup.ts started (on a free port, in Xvfb); one session per test
 * file, one page at a time.
 *
 * Two things differ from the other engines, and this adapter hides them from the tests:
 *   - the window cannot be narrower than 447 px, so every page is loaded in an iframe of the exact
 *     viewport size, at the top left of a frame page from the page's own origin
 *     (tests/browser/harness/frame.html); the window is sized so that its viewport is as tall as
 *     the frame, and the frame is what the screenshots show;
 *   - WebDriver classic has no console, error or network events, so the pages come from servers
 *     that put the recorder (harness/record.js) first in every page's head: it records
 *     console.error calls, uncaught errors and unhandled rejections, resources that failed to load,
 *     and CSP violations, in the page and in its iframes (embeds in a host page), from before any
 *     of the page's scripts runs.
 * What this run cannot see (the README says it too): messages the engine itself writes to the
 * console (a fetch that failed at the network level, a deprecation, a CSP report's console line:
 * the violation event itself is recorded), errors on the way to a reload's load event, the
 * requests of frames inside the page (requests() lists the page's own, from Resource Timing), and
 * requests that never completed.
 */
import { writeFileSync } from 'node:fs';
import type { Key as KeyType } from 'webdriverio';
import { DESKTOP } from '../page.ts';
import { readRecord } from './record.ts';
import { webkitSession } from './start.ts';
import type { Engine, EngineInfo, Frame, OpenOptions, TestPage, Viewport } from './types.ts';

// switchToFrame is WebDriver classic's own command, which this adapter means to use; webdriverio
// would print a notice at each call pointing at its BiDi-era wrapper
process.env.DISABLE_WEBDRIVERIO_DEPRECATION_WARNINGS = 'true';

type Session = WebdriverIO.Browser;
type ElementRef = Record<string, string>;

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** WebKitGTK's narrowest window. */
const MIN_WINDOW_WIDTH = 447;

export function webkitEngine(info: EngineInfo): Engine {
	let started: Promise<{ session: Session; keys: typeof KeyType }> | null = null;
	const connect = () => {
		started ??= (async () => {
			const { Key } = await import('webdriverio');
			const session = await webkitSession(info.endpoint, info.executablePath, info.args);
			await session.setTimeouts(undefined, 30_000, 120_000);
			return { session, keys: Key };
		})();
		return started;
	};
	let open: TestPage | null = null;
	const site = (csp = false) => (csp ? info.cspURL : info.siteURL);
	return {
		name: 'webkit',
		id: 'webkit',
		site,
		async open(path: string, opts: OpenOptions = {}) {
			// one window: a page a failed test left open closes now
			if (open) await open.close();
			const { session, keys } = await connect();
			const page = webkitPage(session, keys, site(opts.csp), opts, () => {
				open = null;
			});
			open = page;
			await page.goto(path);
			return page;
		},
		async close() {
			if (started) await (await started).session.deleteSession();
			started = null;
		}
	};
}

function webkitPage(
	session: Session,
	keys: typeof KeyType,
	base: string,
	opts: OpenOptions,
	onClose: () => void
): TestPage {
	let viewport: Viewport = opts.viewport ?? DESKTOP;
	let harness: string | null = null;
	/** The window's width and height beyond its viewport (MiniBrowser's toolbar). */
	let chrome: { width: number; height: number } | null = null;

	const find = async (selector: string): Promise<ElementRef> => {
		const ref = (await session.findElement('css selector', selector)) as ElementRef;
		if (!ref[ELEMENT]) throw new Error(`no element ${selector}`);
		return ref;
	};
	/** Into the page under test (the frame page's iframe): where every method leaves the session. */
	const intoPage = async () => {
		await session.switchToFrame(null);
		await session.switchToFrame(await find('#page'));
	};
	const atTop = async <R>(fn: () => Promise<R>): Promise<R> => {
		await session.switchToFrame(null);
		try {
			return await fn();
		} finally {
			await session.switchToFrame(await find('#page'));
		}
	};
	const run = <R>(fn: (arg: never) => unknown, arg: unknown): Promise<R> =>
		session.execute(`return (${fn.toString()})(arguments[0]);`, arg) as Promise<R>;
	/** Polls `fn(arg)` in the current document, in one round trip. */
	const poll = async (fn: (arg: never) => unknown, arg: unknown, timeout: number) => {
		const done = await session.execute(
			`const fn = (${fn.toString()}), arg = arguments[0], until = Date.now() + arguments[1];
			return new Promise((resolve, reject) => {
				const tick = () => {
					try {
						if (fn(arg)) resolve(true);
						else if (Date.now() > until) resolve(false);
						else setTimeout(tick, 50);
					} catch (e) { reject(e); }
				};
				tick();
			});`,
			arg,
			timeout
		);
		if (done !== true)
			throw new Error(
				`webkit: timed out after ${timeout} ms waiting for ${fn.toString()} (${JSON.stringify(arg)})`
			);
	};
	const fitWindow = async () => {
		if (!chrome) {
			const rect = await session.getWindowRect();
			const inner = (await run(() => [innerWidth, innerHeight], undefined)) as number[];
			chrome = { width: rect.width - inner[0]!, height: rect.height - inner[1]! };
		}
		await session.setWindowRect(
			null,
			null,
			Math.max(viewport.width, MIN_WINDOW_WIDTH) + chrome.width,
			viewport.height + chrome.height
		);
	};
	const frame = (selector: string): Frame => {
		const inside = async <R>(fn: () => Promise<R>): Promise<R> => {
			await session.switchToFrame(await find(selector));
			try {
				return await fn();
			} finally {
				await session.switchToParentFrame();
			}
		};
		return {
			evaluate: (fn, arg) => inside(() => run(fn as never, arg)),
			waitFor: (fn, arg, timeout = 5000) => inside(() => poll(fn as never, arg, timeout))
		};
	};

	const page: TestPage = {
		engine: 'webkit',
		evaluate: (fn, arg) => run(fn as never, arg),
		waitFor: (fn, arg, timeout = 5000) => poll(fn as never, arg, timeout),
		async goto(url) {
			const target = new URL(url, base).href;
			const frameURL = new URL('/__test/frame.html', target).href;
			await session.switchToFrame(null);
			if (harness !== frameURL) {
				await session.navigateTo(frameURL);
				harness = frameURL;
				await fitWindow();
			}
			await run(
				(a: [string, number, number]) =>
					(window as unknown as FramePage).__frame.open(a[0], a[1], a[2]),
				[target, viewport.width, viewport.height]
			);
			await poll(() => (window as unknown as FramePage).__frame.loads() > 0, undefined, 30_000);
			await run(() => (window as unknown as FramePage).__frame.focus(), undefined);
			await intoPage();
		},
		async reload() {
			await atTop(async () => {
				const loads = await run<number>(
					() => (window as unknown as FramePage).__frame.loads(),
					undefined
				);
				await session.switchToFrame(await find('#page'));
				await run(() => location.reload(), undefined);
				await session.switchToFrame(null);
				await poll(
					(n: number) => (window as unknown as FramePage).__frame.loads() > n,
					loads,
					30_000
				);
			});
		},
		url: () => run(() => location.href, undefined),
		async setViewport(size) {
			viewport = size;
			await atTop(async () => {
				await fitWindow();
				await run(
					(a: number[]) => (window as unknown as FramePage).__frame.resize(a[0]!, a[1]!),
					[size.width, size.height]
				);
			});
		},
		async press(key) {
			const parts = key.split('+').map(k => keyValue(keys, k));
			const main = parts.pop() as string;
			await session.performActions([
				{
					type: 'key',
					id: 'keyboard',
					actions: [
						...parts.map(value => ({ type: 'keyDown', value })),
						{ type: 'keyDown', value: main },
						{ type: 'keyUp', value: main },
						...parts.reverse().map(value => ({ type: 'keyUp', value }))
					]
				}
			]);
			await session.releaseActions();
		},
		async click(selector) {
			await session.elementClick((await find(selector))[ELEMENT]!);
		},
		async screenshot(path) {
			const png = await atTop(async () =>
				session.takeElementScreenshot((await find('#page'))[ELEMENT]!)
			);
			writeFileSync(path, Buffer.from(png, 'base64'));
		},
		frame,
		async errors() {
			const own = (await readRecord(page)).errors;
			const frames = await run<number>(() => window.frames.length, undefined);
			const inFrames: string[] = [];
			for (let i = 0; i < frames; i++) {
				await session.switchToFrame(i);
				try {
					const seen = await run<{ url: string; errors: string[] | null }>(
						() => ({
							url: location.href,
							errors:
								(window as unknown as { __record?: { errors: string[] } }).__record?.errors ?? null
						}),
						undefined
					);
					if (seen.errors) inFrames.push(...seen.errors.map(e => `frame ${seen.url}: ${e}`));
					else if (seen.url !== 'about:blank')
						inFrames.push(`frame ${seen.url}: no recorder, its errors cannot be seen`);
				} finally {
					await session.switchToParentFrame();
				}
			}
			return [...own, ...inFrames];
		},
		violations: async () => (await readRecord(page)).violations,
		requests: () =>
			run(
				() =>
					[
						...performance.getEntriesByType('navigation'),
						...performance.getEntriesByType('resource')
					].map(e => e.name),
				undefined
			),
		async close() {
			await session.switchToFrame(null);
			await session.navigateTo('about:blank');
			harness = null;
			onClose();
		}
	};
	return page;
}

interface FramePage {
	__frame: {
		open(src: string, width: number, height: number): void;
		loads(): number;
		resize(width: number, height: number): void;
		focus(): void;
	};
}

/** Playwright's key names as WebDriver's key values. */
function keyValue(keys: typeof KeyType, name: string): string {
	if (name === 'Space') return ' ';
	if (name.length === 1) return name;
	const value = (keys as Record<string, string>)[name];
	if (!value) throw new Error(`webkit: no WebDriver key for ${name}`);
	return value;
}
