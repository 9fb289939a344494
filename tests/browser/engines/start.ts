/**
 * Finds and starts the browsers for global-setup.ts, each with nothing downloaded:
 *   - Chromium: as tests/browser/chromium.ts finds it (always runs);
 *   - Firefox: Debian's firefox-esr ($FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox),
 *     launched once by puppeteer-core for WebDriver BiDi (its own profile, puppeteer's quiet prefs);
 *   - WebKit: Debian's webkit2gtk-driver ($WEBKIT_WEBDRIVER, /usr/bin/WebKitWebDriver) and its
 *     MiniBrowser ($WEBKIT_MINIBROWSER, or found under /usr/lib/<arch>/webkit2gtk-4.*), in an
 *     Xvfb of its own (any free display), WebKitWebDriver on a free port of 127.0.0.1.
 * `TEST_BROWSERS=chromium,firefox` picks engines; unset, every engine found runs, and an engine
 * named there but not found is an error (CI names all three, so a broken install cannot pass as
 * "skipped").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineInfo, EngineName } from './types.ts';

/** The one command that installs the engines the tests can use besides Chromium (Debian, Ubuntu). */
export const INSTALL = 'sudo apt-get install firefox-esr webkit2gtk-driver xvfb xauth';

export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** Which engines to run: TEST_BROWSERS, or null for "every one found". */
export function requestedEngines(value = process.env.TEST_BROWSERS): Set<EngineName> | null {
	if (!value?.trim()) return null;
	const names = value.split(',').map(s => s.trim().toLowerCase());
	for (const name of names)
		if (!ENGINES.includes(name as EngineName))
			throw new Error(`TEST_BROWSERS names "${name}": use ${ENGINES.join(', ')}`);
	return new Set(names as EngineName[]);
}

const first = (paths: (string | undefined)[]) => paths.find(p => p && existsSync(p));

function onPath(name: string): string | undefined {
	return first((process.env.PATH ?? '').split(':').map(dir => join(dir, name)));
}

export function findFirefox(): string | undefined {
	const fromEnv = process.env.FIREFOX_PATH;
	if (fromEnv && !existsSync(fromEnv))
		throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there`);
	return first([fromEnv, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

export interface WebKitFound {
	driver: string;
	miniBrowser: string;
	/** Xvfb to start, or null to use $DISPLAY. */
	xvfb: string | null;
}

/** WebKitWebDriver, MiniBrowser and a display, or what is missing. */
export function findWebKit(): WebKitFound | string {
	const driver = first([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver']);
	if (!driver) return 'WebKitWebDriver (webkit2gtk-driver) is not installed';
	const candidates = [process.env.WEBKIT_MINIBROWSER];
	for (const lib of ['/usr/lib', '/usr/libexec', ...safeList('/usr/lib').map(d => `/usr/lib/${d}`)])
		for (const dir of safeList(lib)
			.filter(d => /^webkit2?gtk-4\.\d$/.test(d))
			.sort()
			.reverse())
			candidates.push(join(lib, dir, 'MiniBrowser'));
	const miniBrowser = first(candidates);
	if (!miniBrowser) return "WebKitGTK's MiniBrowser is not installed";
	const xvfb = onPath('Xvfb') ?? null;
	if (!xvfb && !process.env.DISPLAY) return 'no Xvfb (xvfb) and no $DISPLAY for its window';
	return { driver, miniBrowser, xvfb };
}

function safeList(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}

export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});
}

export interface Started {
	info: Pick<EngineInfo, 'version' | 'endpoint' | 'executablePath' | 'args'>;
	stop(): Promise<void>;
}

/** Firefox, launched by puppeteer-core and left running for the test files to connect to. */
export async function startFirefox(executablePath: string): Promise<Started> {
	const { default: puppeteer } = await import('puppeteer-core');
	const profile = mkdtempSync(join(tmpdir(), 'firefox-tests-'));
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath,
		headless: true,
		userDataDir: profile,
		// no prompt, no telemetry and no update checks come from a fresh profile with puppeteer's prefs
		extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false }
	});
	const version = await browser.version();
	const endpoint = browser.wsEndpoint();
	const firefox = browser.process();
	// puppeteer ends Firefox on Ctrl-C; the profile goes then too
	const onExit = () => rmSync(profile, { recursive: true, force: true });
	process.once('exit', onExit);
	// Firefox takes one BiDi session at a time: this one ends, each test file starts its own
	await browser.disconnect();
	return {
		info: { version, endpoint, executablePath, args: [] },
		async stop() {
			try {
				const again = await puppeteer.connect({
					browserWSEndpoint: endpoint,
					protocol: 'webDriverBiDi'
				});
				await again.close();
			} catch {
				firefox?.kill();
			}
			// Firefox writes its prefs on the way out: the profile goes once it has exited
			if (firefox) await waitForExit(firefox, 10_000);
			process.off('exit', onExit);
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** Resolves when `child` has exited; after `timeout` ms, kills it for good first. */
function waitForExit(child: ChildProcess, timeout = 10_000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise(done => {
		const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
		child.once('exit', () => {
			clearTimeout(timer);
			done();
		});
	});
}

/** Xvfb on a free display (it picks one and tells us), WebKitWebDriver on a free port. */
export async function startWebKit(found: WebKitFound): Promise<Started> {
	const children: ChildProcess[] = [];
	// if the test run is cut short (Ctrl-C) before its teardown, the display and driver go too
	const onExit = () => children.forEach(child => child.kill());
	process.once('exit', onExit);
	const stop = async () => {
		process.off('exit', onExit);
		for (const child of children.reverse()) {
			child.kill();
			await waitForExit(child);
		}
	};
	try {
		let display = process.env.DISPLAY ?? '';
		if (found.xvfb) {
			const xvfb = spawn(
				found.xvfb,
				['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
				{ stdio: ['ignore', 'pipe', 'ignore'] }
			);
			children.push(xvfb);
			display = await new Promise<string>((done, fail) => {
				xvfb.once('error', fail);
				xvfb.once('exit', code => fail(new Error(`Xvfb exited (${code})`)));
				xvfb.stdout?.once('data', data => done(`:${String(data).trim()}`));
			});
		}
		const port = await freePort();
		const driver = spawn(found.driver, [`--port=${port}`, '--host=127.0.0.1'], {
			// DISPLAY on the driver: it starts MiniBrowser; NO_AT_BRIDGE keeps GTK off the a11y bus
			env: { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1' },
			stdio: 'ignore'
		});
		children.push(driver);
		const endpoint = `http://127.0.0.1:${port}/`;
		await waitForDriver(endpoint, driver);
		const version = await probeWebKit(endpoint, found.miniBrowser);
		return {
			info: { version, endpoint, executablePath: found.miniBrowser, args: ['--automation'] },
			stop
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

async function waitForDriver(endpoint: string, driver: ChildProcess): Promise<void> {
	const until = Date.now() + 15_000;
	while (Date.now() < until) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
		try {
			if ((await fetch(new URL('status', endpoint))).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise(done => setTimeout(done, 100));
	}
	throw new Error(`WebKitWebDriver did not answer at ${endpoint}`);
}

/** One session, to see that MiniBrowser starts, and its version. */
async function probeWebKit(endpoint: string, miniBrowser: string): Promise<string> {
	const session = await webkitSession(endpoint, miniBrowser, ['--automation']);
	const version = `WebKitGTK ${String(session.capabilities.browserVersion)}`;
	await session.deleteSession();
	return version;
}

/**
 * A WebDriver classic session with WebKitWebDriver at `endpoint`, which starts `binary`: webdriverio
 * only connects (a driver of our own, on our port: it downloads nothing).
 */
export async function webkitSession(
	endpoint: string,
	binary: string,
	args: string[]
): Promise<WebdriverIO.Browser> {
	const { remote } = await import('webdriverio');
	const url = new URL(endpoint);
	const capabilities = {
		browserName: 'MiniBrowser',
		'wdio:enforceWebDriverClassic': true,
		'webkitgtk:browserOptions': { binary, args }
	};
	return remote({
		hostname: url.hostname,
		port: Number(url.port),
		path: '/',
		logLevel: 'error',
		connectionRetryCount: 0,
		// webdriverio's types know the vendor prefixes of other browsers, not WebKitGTK's
		capabilities: capabilities as WebdriverIO.Capabilities
	});
}
