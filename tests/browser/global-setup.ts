/**
 * Starts what every browser test shares: one Chromium (as a Playwright browser server) and one
 * static server for dist/. `npm test` builds dist/ first; this refuses to test a missing build.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { OFFLINE_FILE } from '../../src/build/offline-plugin.ts';
import { findChromium } from '../../src/build/chromium.ts';
import { serveStatic } from '../../src/build/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site, served on 127.0.0.1 (ends with a slash). */
		baseURL: string;
		/** Where the shared Chromium listens for Playwright. */
		wsEndpoint: string;
		/** The offline build's single file, as a file:// URL. */
		offlineURL: string;
	}
}

export const DIST = resolve(import.meta.dirname, '../../dist');
export const OFFLINE_PATH = resolve(import.meta.dirname, '../../dist-offline', OFFLINE_FILE);

export default async function setup(project: TestProject) {
	if (!existsSync(resolve(DIST, 'index.html')))
		throw new Error('dist/ has no build: run `npm run build` first (npm test does it for you)');
	if (!existsSync(OFFLINE_PATH))
		throw new Error(
			`${OFFLINE_PATH} is missing: run \`npm run build:offline\` first (npm test does it for you)`
		);
	const found = await findChromium();
	const browser = await chromium.launchServer({
		executablePath: found.executablePath,
		args: found.args,
		headless: true
	});
	const site = await serveStatic(DIST);
	console.log(
		`browser tests: Chromium from ${found.origin} (${found.executablePath}); site at ${site.url}`
	);
	project.provide('baseURL', site.url);
	project.provide('wsEndpoint', browser.wsEndpoint());
	project.provide('offlineURL', pathToFileURL(OFFLINE_PATH).href);
	return async () => {
		await site.close();
		await browser.close();
	};
}
