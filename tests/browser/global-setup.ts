/**
 * Starts what every browser test shares: one Chromium (as a Playwright browser server), Firefox and
 * WebKit where they are installed (engines/start.ts), and static servers for dist/: the plain site,
 * the site with the strict Content-Security-Policy header, and both again with the recorder in
 * every page for WebKit (static-server.ts). `npm test` builds dist/ first; this refuses to test a
 * missing build. It prints which engines run, which are skipped and why, at the start and the end.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { OFFLINE_FILE } from '../../src/build/offline-plugin.ts';
import { findChromium } from '../../src/build/chromium.ts';
import { CSP } from '../../src/build/csp.ts';
import {
	findFirefox,
	findWebKit,
	INSTALL,
	requestedEngines,
	startFirefox,
	startWebKit,
	type Started
} from './engines/start.ts';
import type { EngineInfo, EngineName } from './engines/types.ts';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site, served on 127.0.0.1 (ends with a slash). */
		baseURL: string;
		/** Where the shared Chromium listens for Playwright. */
		wsEndpoint: string;
		/** The offline build's single file, as a file:// URL. */
		offlineURL: string;
		/** Every engine, running or skipped (tests/browser/engines/). */
		engines: EngineInfo[];
	}
}

/** What the WebKit run adds to every page it opens (src/build/static-server.ts, `harness`). */
export const HARNESS = resolve(import.meta.dirname, 'harness');
export const DIST = resolve(import.meta.dirname, '../../dist');
export const OFFLINE_PATH = resolve(import.meta.dirname, '../../dist-offline', OFFLINE_FILE);

export default async function setup(project: TestProject) {
	if (!existsSync(resolve(DIST, 'index.html')))
		throw new Error('dist/ has no build: run `npm run build` first (npm test does it for you)');
	if (!existsSync(OFFLINE_PATH))
		throw new Error(
			`${OFFLINE_PATH} is missing: run \`npm run build:offline\` first (npm test does it for you)`
		);
	const requested = requestedEngines();
	const servers: StaticServer[] = [];
	const stops: (() => Promise<void>)[] = [];
	const serve = async (csp: boolean, record: boolean) => {
		const server = await serveStatic(DIST, {
			headers: csp ? { 'content-security-policy': CSP } : {},
			harness: record ? HARNESS : undefined
		});
		servers.push(server);
		return server.url;
	};
	const closeAll = async () => {
		await Promise.allSettled(stops.map(stop => stop()));
		await Promise.allSettled(servers.map(s => s.close()));
	};

	try {
		const [site, csp, recorded, recordedCsp] = await Promise.all([
			serve(false, false),
			serve(true, false),
			serve(false, true),
			serve(true, true)
		]);
		const found = await findChromium();
		const wanted = (name: EngineName) => requested === null || requested.has(name);
		const skip = (name: EngineName, why: string): EngineInfo => {
			if (requested?.has(name))
				throw new Error(`TEST_BROWSERS asks for ${name}, but ${why}. Install: ${INSTALL}`);
			return {
				name,
				skipped: why,
				version: '',
				endpoint: '',
				siteURL: site,
				cspURL: csp,
				executablePath: '',
				args: []
			};
		};
		const started = (name: EngineName, s: Started, record: boolean): EngineInfo => {
			stops.push(s.stop);
			return {
				name,
				skipped: null,
				...s.info,
				siteURL: record ? recorded : site,
				cspURL: record ? recordedCsp : csp
			};
		};

		const firefoxPath = wanted('firefox') ? findFirefox() : undefined;
		const webkit = wanted('webkit') ? findWebKit() : 'left out by TEST_BROWSERS';
		// the three start side by side: each takes a few seconds
		const [browser, firefox, webkitStarted] = await Promise.all([
			chromium.launchServer({
				executablePath: found.executablePath,
				args: found.args,
				headless: true
			}),
			firefoxPath ? startFirefox(firefoxPath) : null,
			typeof webkit === 'string' ? null : startWebKit(webkit)
		]);
		stops.push(() => browser.close());
		const probe = await chromium.connect(browser.wsEndpoint());
		const version = probe.version();
		await probe.close();
		const engines: EngineInfo[] = [
			{
				name: 'chromium',
				skipped: null,
				version: `Chromium ${version} from ${found.origin}`,
				endpoint: browser.wsEndpoint(),
				siteURL: site,
				cspURL: csp,
				executablePath: found.executablePath,
				args: found.args
			},
			firefox
				? started('firefox', firefox, false)
				: skip(
						'firefox',
						wanted('firefox') ? 'Firefox is not installed' : 'left out by TEST_BROWSERS'
					),
			webkitStarted
				? started('webkit', webkitStarted, true)
				: skip('webkit', typeof webkit === 'string' ? webkit : 'did not start')
		];
		const summary = report(engines);
		console.log(`browser tests: site at ${site}; engines:\n${summary}`);
		project.provide('baseURL', site);
		project.provide('wsEndpoint', browser.wsEndpoint());
		project.provide('offlineURL', pathToFileURL(OFFLINE_PATH).href);
		project.provide('engines', engines);
		return async () => {
			await closeAll();
			console.log(`browser tests, engines:\n${summary}`);
		};
	} catch (error) {
		await closeAll();
		throw error;
	}
}

/** One line per engine: what runs, or why not and how to install what is missing. */
function report(engines: EngineInfo[]): string {
	const lines = engines.map(e =>
		e.skipped
			? `  ${e.name.padEnd(9)} SKIPPED: ${e.skipped}`
			: `  ${e.name.padEnd(9)} ${e.version} (${e.executablePath})`
	);
	const missing = engines.filter(e => e.skipped && !e.skipped.startsWith('left out'));
	if (missing.length > 0)
		lines.push(`  to run ${missing.map(e => e.name).join(' and ')} too: ${INSTALL}`);
	return lines.join('\n');
}
