/**
 * Finds a Chromium to drive (the browser tests, and the build's stills), so nothing but npm is needed:
 *   1. $CHROME_PATH, if set;
 *   2. a system Chromium or Chrome (/usr/bin/chromium, google-chrome…);
 *   3. the Chromium binary inside the npm package @sparticuz/chromium (a devDependency; it is
 *      unpacked to /tmp on first use, no download).
 * Never `npx playwright install`: that downloads a browser and this project must work offline.
 */
import { existsSync } from 'node:fs';

/** Flags that keep a headless Chromium quiet and offline (it must not try to reach Google). */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--no-default-browser-check',
	'--disable-dev-shm-usage'
];

const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
];

export interface FoundBrowser {
	executablePath: string;
	args: string[];
	/** Where it was found, for the test log. */
	origin: string;
}

export async function findChromium(): Promise<FoundBrowser> {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there`);
		return { executablePath: fromEnv, args: CHROMIUM_FLAGS, origin: '$CHROME_PATH' };
	}
	const system = SYSTEM_PATHS.find(p => existsSync(p));
	if (system) return { executablePath: system, args: CHROMIUM_FLAGS, origin: 'system' };
	// the packaged binary is built for serverless hosts: it needs --no-zygote and its own GL flags
	const { default: packaged } = await import('@sparticuz/chromium');
	const executablePath = await packaged.executablePath();
	const gl = packaged.args.filter(
		a => a.startsWith('--use-gl') || a.startsWith('--use-angle') || a === '--no-zygote'
	);
	return { executablePath, args: [...CHROMIUM_FLAGS, ...gl], origin: '@sparticuz/chromium' };
}
