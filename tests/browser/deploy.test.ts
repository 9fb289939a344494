/**
 * The site as a newsroom publishes it: built with its public address (PUBLIC_URL) and served by
 * Caddy with the Caddyfile in deploy/, under /graphics/2026/dprk/, with the Content-Security-Policy
 * as a header. The story, an embed pasted into an article on another site, briefing mode, the
 * downloads and the map shapes must work at the address with and without the trailing slash,
 * with no redirect, no violation and no request to another origin. Skipped, saying so, where
 * Caddy is not installed (`.ci/run` installs it).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { CSP } from '../../src/build/csp.ts';
import { BRIEFING_FILES } from '../../src/lib/pack-files.ts';
import { serveHost, type HostSite } from './host.ts';
import { browser, closeBrowser, DESKTOP, PHONE, scrollToStep, waitForStep } from './page.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CADDYFILE = resolve(ROOT, 'deploy/Caddyfile');
const PREFIX = '/graphics/2026/dprk';
const caddy = (process.env.PATH ?? '')
	.split(delimiter)
	.map(dir => join(dir, 'caddy'))
	.find(existsSync);
if (!caddy)
	console.warn(
		'deploy tests skipped: Caddy is not installed (Debian: apt-get install caddy; .ci/run installs it)'
	);

/** Ports browsers refuse to connect to (the Fetch standard's bad ports). */
const BAD_PORTS = new Set([
	1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
	103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
	512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
	995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
	6669, 6679, 6697, 10080
]);

async function freePort(): Promise<number> {
	for (;;) {
		const server = createServer();
		await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
		const { port } = server.address() as AddressInfo;
		await new Promise(done => server.close(done));
		if (!BAD_PORTS.has(port)) return port;
	}
}

it('sends the policy the project documents (deploy/Caddyfile agrees with src/build/csp.ts)', () => {
	expect(readFileSync(CADDYFILE, 'utf8')).toContain(`header Content-Security-Policy "${CSP}"`);
});

describe.skipIf(!caddy)(`the build at its address, served by Caddy under ${PREFIX}/`, () => {
	let dir = '';
	let server: ChildProcess | undefined;
	let host: HostSite;
	let site = '';
	let origin = '';

	beforeAll(async () => {
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		site = `${origin}${PREFIX}/`;
		dir = mkdtempSync(join(tmpdir(), 'dprk-public-'));
		await promisify(execFile)(
			process.execPath,
			[resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dir, '--emptyOutDir'],
			{ cwd: ROOT, env: { ...process.env, PUBLIC_URL: site }, maxBuffer: 64 * 1024 * 1024 }
		);
		server = spawn(caddy!, ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
			env: { ...process.env, PORT: String(port), SITE_DIR: dir },
			stdio: 'ignore'
		});
		for (let i = 0; ; i++) {
			const up = await fetch(site).then(
				r => r.ok,
				() => false
			);
			if (up) break;
			if (i > 100) throw new Error(`Caddy did not answer at ${site}`);
			await new Promise(done => setTimeout(done, 100));
		}
		host = await serveHost();
	}, 240_000);

	afterAll(async () => {
		server?.kill();
		await host?.close();
		await closeBrowser();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	/** A page on the server, recording violations, requests, failed responses and errors. */
	async function open(path: string, viewport = DESKTOP) {
		const context = await (await browser()).newContext({ viewport, reducedMotion: 'reduce' });
		await context.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __violations: string[] }).__violations = seen;
			document.addEventListener('securitypolicyviolation', e =>
				seen.push(`${e.violatedDirective}: ${e.blockedURI}`)
			);
		});
		const requests: string[] = [];
		const failed: string[] = [];
		const errors: string[] = [];
		context.on('request', r => requests.push(r.url()));
		context.on('response', r => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
		const page = await context.newPage();
		page.on('pageerror', e => errors.push(e.message));
		page.on('console', m => m.type() === 'error' && errors.push(m.text()));
		const response = await page.goto(`${origin}${path}`);
		const clean = async () => {
			expect(
				await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
			).toEqual([]);
			expect(errors).toEqual([]);
			expect(failed).toEqual([]);
			expect(requests.filter(url => new URL(url).origin !== origin)).toEqual([]);
		};
		return { context, page, response, clean };
	}

	const map = copy.steps.find(s => s.graphic === 'exchange-map')!;

	for (const path of [PREFIX, `${PREFIX}/`])
		it(`the story at ${path}: no redirect, absolute metadata, the map's shapes, no violation`, async () => {
			const { context, page, response, clean } = await open(path, PHONE);
			expect(response?.status()).toBe(200);
			expect(response?.request().redirectedFrom()).toBeNull();
			expect(page.url()).toBe(`${origin}${path}`);
			expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(site);
			expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(site);
			expect(await page.getAttribute('meta[property="og:image"]', 'content')).toBe(
				`${site}social.png`
			);
			const first = copy.steps[0]!;
			await waitForStep(page, first.id, first.graphic);
			await scrollToStep(page, map.id);
			await waitForStep(page, map.id, map.graphic);
			await page.waitForSelector('[data-graphic="exchange-map"] .land path');
			await clean();
			await context.close();
		});

	it('serves the downloads the page links: data, the image of the step on screen, the social card', async () => {
		const { context, page, clean } = await open(PREFIX);
		const links = await page.$$eval('a[download]', as =>
			as.map(a => (a as HTMLAnchorElement).href)
		);
		const data = links.filter(l => l.includes('/data/'));
		const images = links.filter(l => l.includes('/stills/'));
		expect(data.length).toBeGreaterThan(0);
		expect(images.map(l => l.slice(l.lastIndexOf('.')))).toEqual(['.png', '.svg']);
		const social = (await page.getAttribute('meta[property="og:image"]', 'content'))!;
		for (const url of [...data, ...images, social]) {
			expect(url.startsWith(site), url).toBe(true);
			const r = await page.request.get(url);
			expect(r.status(), url).toBe(200);
			expect(r.headers()['content-type'], url).toMatch(/csv|json|image\/(png|svg\+xml)/);
		}
		await clean();
		await context.close();
	});

	it('caches hashed files for a year and the rest for minutes, with the policy on every answer', async () => {
		const page = await fetch(site);
		const html = await page.text();
		const asset = /src="([^"]+\/assets\/[^"]+\.js)"/.exec(html)?.[1];
		expect(asset).toBeDefined();
		const script = await fetch(asset!);
		expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		for (const r of [
			page,
			await fetch(`${site}stills/manifest.json`),
			await fetch(`${site}data/events.json`)
		])
			expect(r.headers.get('cache-control')).toBe('public, max-age=300');
		for (const r of [page, script]) expect(r.headers.get('content-security-policy')).toBe(CSP);
	});

	it('briefing mode steps with the keys, at the address without the slash', async () => {
		const { context, page, clean } = await open(`${PREFIX}?mode=present`);
		const [first, second] = copy.steps;
		await page.waitForSelector(
			`[data-graphic="${first!.graphic}"][data-settled-step="${first!.id}"]`
		);
		await page.keyboard.press('ArrowRight');
		await page.waitForSelector(
			`[data-graphic="${second!.graphic}"][data-settled-step="${second!.id}"]`
		);
		expect(new URL(page.url()).hash).toBe(`#${second!.id}`);
		await clean();
		await context.close();
	});

	it('offers the slides and the handout at the address without the slash (briefing mode, notes, methodology)', async () => {
		for (const [path, selector] of [
			[`${PREFIX}?mode=present`, '[data-pack]'],
			[`${PREFIX}?mode=notes`, '[data-pack]'],
			[PREFIX, '[data-pack-links] a']
		] as const) {
			const { context, page, clean } = await open(path);
			await page.waitForSelector(selector);
			const links = await page.$$eval(selector, as => as.map(a => (a as HTMLAnchorElement).href));
			expect(links, path).toEqual([
				`${site}${BRIEFING_FILES.slides}`,
				`${site}${BRIEFING_FILES.handout}`
			]);
			for (const url of links) {
				const r = await page.request.get(url);
				expect(r.status(), url).toBe(200);
				expect(r.headers()['content-type'], url).toMatch(/presentation|pdf/);
			}
			await clean();
			await context.close();
		}
	});

	it('gives embed code that works pasted into an article on another site', async () => {
		const step = copy.steps.find(s => s.graphic === 'monthly-pace')!;
		const { context, page, clean } = await open(`${PREFIX}#${step.id}`, PHONE);
		await page.waitForSelector(`[data-graphic="monthly-pace"][data-settled-step="${step.id}"]`);
		await page.getByRole('button', { name: 'Embed' }).click();
		const code = await page.getByRole('dialog').locator('textarea').inputValue();
		expect(code).toContain(`src="${site}stills/${step.id}.png"`);
		expect(code).toContain(`"${site}embed/monthly-pace/?step=${step.id}"`);
		await clean();
		await context.close();

		const article = await (await browser()).newContext({ viewport: DESKTOP });
		const hostPage: Page = await article.newPage();
		const frameErrors: string[] = [];
		hostPage.on('pageerror', e => frameErrors.push(e.message));
		await hostPage.goto(host.page('deployed.html', code));
		const id = `nk-crypto-monthly-pace-${step.id}`;
		const frame = hostPage.frameLocator(`#${id} iframe`);
		await frame.locator(`[data-graphic="monthly-pace"][data-settled-step="${step.id}"]`).waitFor();
		// pym.js replaced the fallback picture with the frame
		expect(await hostPage.locator(`#${id} img`).count()).toBe(0);
		expect(frameErrors).toEqual([]);
		await article.close();
	});
});
