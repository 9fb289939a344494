// `npm run bench`: builds the site, serves it on 127.0.0.1 and measures it in headless Chromium,
// several runs each, reporting medians:
//   - Lighthouse (mobile preset, simulated throttling): scores, FCP, LCP, TBT, CLS, for the story
//     and for an embed;
//   - scrolling the whole story (a real wheel gesture at 1200 px/s, 1280 × 800) at normal CPU and
//     with the CPU slowed 4×: dropped frames, long tasks, layout shift;
//   - time from navigation to the first graphic settled (story and embed, 375 px), at both CPUs;
//   - bytes per surface (raw, gzip, brotli), from the build's manifest.
// It writes tests/bench/results.json (committed, so the history is in git) and prints a table
// with the previous run's figures beside the new ones. Timings are noisy on a shared 2-core
// machine: compare medians, and runs on the same machine. Not part of `npm test`.
//
// Options: --runs N (default 3), --skip lighthouse,scroll,first (parts to leave out).
import { existsSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = resolve(root, 'tests/bench/results.json');
const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '3'));
const SKIP = new Set(option('skip', '').split(',').filter(Boolean));
const CPU_RATES = [1, 4];
const SCROLL_SPEED = 1200;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

// one module runner for the whole bench: modules it loads may import more later (findChromium
// imports the packaged Chromium on demand), which a runner closed after the first import refuses
const vite = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom'
});
const load = path => vite.ssrLoadModule(path);
const { serveStatic } = await load('/src/build/static-server.ts');
const { findChromium } = await load('/src/build/chromium.ts');
const { surfaceBytes } = await load('/src/build/bundle-report.ts');
const { GRAPHIC_IDS } = await load('/src/graphics/registry.ts');
const { loadAll } = await load('/src/build/load.ts');
const { chromium } = await import('playwright-core');

const dist = resolve(root, 'dist');
if (!existsSync(resolve(dist, 'index.html')))
	throw new Error('no build in dist/: run `npm run bench`');
const firstGraphic = loadAll(resolve(root, 'data')).copy.steps[0].graphic;
const site = await serveStatic(dist);
const browserInfo = await findChromium();
// the tests' flags include --disable-dev-shm-usage, for containers whose /dev/shm is tiny; with
// it Chromium passes every frame through files in /tmp, which slows the very frames measured here.
// A desktop browser uses shared memory, so the bench does too when /dev/shm has room.
const shmRoom = (() => {
	try {
		const s = statfsSync('/dev/shm');
		return s.bavail * s.bsize;
	} catch {
		return 0;
	}
})();
const chromiumArgs =
	shmRoom > 512 * 2 ** 20
		? browserInfo.args.filter(a => a !== '--disable-dev-shm-usage')
		: browserInfo.args;
const median = xs => {
	const s = [...xs].filter(x => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 0) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const log = msg => process.stderr.write(`${msg}\n`);

// ---- Lighthouse ---------------------------------------------------------------------------
async function lighthouseRuns(path) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const runs = [];
	for (let i = 0; i < RUNS; i++) {
		const chrome = await chromeLauncher.launch({
			chromePath: browserInfo.executablePath,
			chromeFlags: ['--headless=new', ...chromiumArgs]
		});
		try {
			const { lhr } = await lighthouse(new URL(path, site.url).href, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
			});
			const score = id => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const audit = id => lhr.audits[id]?.numericValue ?? null;
			runs.push({
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				fcpMs: audit('first-contentful-paint'),
				lcpMs: audit('largest-contentful-paint'),
				tbtMs: audit('total-blocking-time'),
				cls: audit('cumulative-layout-shift')
			});
			log(`lighthouse ${path} run ${i + 1}: ${JSON.stringify(runs.at(-1))}`);
		} finally {
			await chrome.kill();
		}
	}
	const pick = key => median(runs.map(r => r[key]));
	return {
		performance: pick('performance'),
		accessibility: pick('accessibility'),
		bestPractices: pick('bestPractices'),
		seo: pick('seo'),
		fcpMs: round(pick('fcpMs')),
		lcpMs: round(pick('lcpMs')),
		tbtMs: round(pick('tbtMs')),
		cls: round(pick('cls'), 4)
	};
}

// ---- Playwright measurements -----------------------------------------------------------------
const browser = await chromium.launch({
	executablePath: browserInfo.executablePath,
	args: chromiumArgs,
	headless: true
});

/** Records frames, long tasks and layout shifts from the moment the page starts. */
function recorder() {
	const w = window;
	w.__bench = { frames: [], longTasks: [], shifts: 0, settledAt: null, recording: false };
	const observe = (type, fn) => {
		try {
			new PerformanceObserver(list => list.getEntries().forEach(fn)).observe({
				type,
				buffered: true
			});
		} catch {
			/* not supported */
		}
	};
	observe('longtask', e => w.__bench.recording && w.__bench.longTasks.push(e.duration));
	observe('layout-shift', e => {
		if (!e.hadRecentInput) w.__bench.shifts += e.value;
	});
	const frame = t => {
		if (w.__bench.recording) w.__bench.frames.push(t);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	// watches only until the first graphic settles: an observer left on would itself cost every
	// frame of every transition while the scroll is measured
	const settled = new MutationObserver(() => {
		if (document.querySelector('[data-graphic][data-settled-step]')) {
			w.__bench.settledAt = performance.now();
			settled.disconnect();
		}
	});
	settled.observe(document, { subtree: true, childList: true, attributes: true });
}

async function scrollRun(cpu) {
	const context = await browser.newContext({ viewport: DESKTOP });
	await context.addInitScript(recorder);
	const page = await context.newPage();
	await page.goto(site.url, { waitUntil: 'load' });
	await page.waitForSelector('[data-graphic][data-settled-step]');
	await page.waitForTimeout(1000);
	const cdp = await context.newCDPSession(page);
	if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	const distance = await page.evaluate(() => {
		window.__bench.recording = true;
		window.__bench.shifts = 0;
		return document.documentElement.scrollHeight - window.innerHeight;
	});
	const started = Date.now();
	await cdp.send('Input.synthesizeScrollGesture', {
		x: DESKTOP.width / 2,
		y: DESKTOP.height / 2,
		yDistance: -distance,
		speed: SCROLL_SPEED,
		gestureSourceType: 'mouse'
	});
	const seconds = (Date.now() - started) / 1000;
	const raw = await page.evaluate(() => {
		window.__bench.recording = false;
		return window.__bench;
	});
	await context.close();
	const vsync = 1000 / 60;
	const intervals = raw.frames.slice(1).map((t, i) => t - raw.frames[i]);
	const span = raw.frames.length > 1 ? raw.frames.at(-1) - raw.frames[0] : 0;
	const expected = Math.max(1, Math.round(span / vsync));
	const dropped = intervals.reduce((n, d) => n + Math.max(0, Math.round(d / vsync) - 1), 0);
	return {
		seconds: round(seconds, 1),
		droppedPct: round((100 * dropped) / expected, 1),
		longTasks: raw.longTasks.length,
		longestTaskMs: round(Math.max(0, ...raw.longTasks)),
		cls: round(raw.shifts, 4)
	};
}

async function firstGraphicRun(path, cpu) {
	const context = await browser.newContext({ viewport: PHONE });
	await context.addInitScript(recorder);
	const page = await context.newPage();
	if (cpu > 1) {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	}
	await page.goto(new URL(path, site.url).href);
	await page.waitForSelector('[data-graphic][data-settled-step]', { timeout: 60_000 });
	const ms = await page.evaluate(() => window.__bench.settledAt);
	await context.close();
	return ms;
}

const results = {
	generated: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		node: process.version,
		chromium: browser.version(),
		chromiumFrom: browserInfo.origin,
		sharedMemory: !chromiumArgs.includes('--disable-dev-shm-usage')
	},
	settings: { runs: RUNS, scrollSpeedPxPerS: SCROLL_SPEED, viewport: DESKTOP, cpuRates: CPU_RATES },
	bars: {
		lighthouse: 'performance ≥ 95; accessibility, best practices and SEO 100; CLS ≤ 0.01',
		scroll: 'at 4× CPU: ≤ 5% dropped frames, no task over 50 ms',
		bytes: 'first-screen JavaScript ≤ 60 KB gzip (story and each embed)'
	},
	bytes: surfaceBytes(dist, firstGraphic, GRAPHIC_IDS).map(s => ({
		surface: s.name,
		what: s.what,
		files: s.files.length,
		raw: s.raw,
		gzip: s.gzip,
		brotli: s.brotli
	}))
};

try {
	if (!SKIP.has('lighthouse')) {
		log('lighthouse…');
		results.lighthouse = {
			story: await lighthouseRuns('./'),
			embed: await lighthouseRuns(`embed.html?graphic=${firstGraphic}`)
		};
	}
	if (!SKIP.has('scroll')) {
		results.scroll = {};
		for (const cpu of CPU_RATES) {
			const runs = [];
			for (let i = 0; i < RUNS; i++) {
				runs.push(await scrollRun(cpu));
				log(`scroll ${cpu}× run ${i + 1}: ${JSON.stringify(runs.at(-1))}`);
			}
			results.scroll[`cpu${cpu}x`] = {
				droppedPct: median(runs.map(r => r.droppedPct)),
				longTasks: median(runs.map(r => r.longTasks)),
				longestTaskMs: median(runs.map(r => r.longestTaskMs)),
				cls: median(runs.map(r => r.cls)),
				seconds: median(runs.map(r => r.seconds)),
				runs
			};
		}
	}
	if (!SKIP.has('first')) {
		results.firstGraphicSettledMs = {};
		for (const [name, path] of [
			['story', './'],
			['embed', `embed.html?graphic=${firstGraphic}`]
		])
			for (const cpu of CPU_RATES) {
				const runs = [];
				for (let i = 0; i < RUNS; i++) runs.push(await firstGraphicRun(path, cpu));
				results.firstGraphicSettledMs[`${name}-cpu${cpu}x`] = round(median(runs));
				log(`first graphic ${name} ${cpu}×: ${runs.map(r => round(r)).join(', ')} ms`);
			}
	}
} finally {
	await browser.close();
	await site.close();
	await vite.close();
}

// ---- report ------------------------------------------------------------------------------------
const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : null;
const rows = [];
const row = (metric, get, bar = '') => {
	const now = get(results);
	const before = previous ? get(previous) : undefined;
	if (now === undefined && before === undefined) return;
	rows.push([metric, before ?? '–', now ?? '–', bar]);
};
for (const page of ['story', 'embed']) {
	row(`Lighthouse ${page}: performance`, r => r.lighthouse?.[page]?.performance, '≥ 95');
	row(`Lighthouse ${page}: accessibility`, r => r.lighthouse?.[page]?.accessibility, '100');
	row(`Lighthouse ${page}: best practices`, r => r.lighthouse?.[page]?.bestPractices, '100');
	// an embed asks search engines not to index it (the article is the page to find), which
	// Lighthouse's SEO category counts against it
	row(
		`Lighthouse ${page}: SEO`,
		r => r.lighthouse?.[page]?.seo,
		page === 'embed' ? '(noindex)' : '100'
	);
	row(`Lighthouse ${page}: LCP (ms)`, r => r.lighthouse?.[page]?.lcpMs);
	row(`Lighthouse ${page}: TBT (ms)`, r => r.lighthouse?.[page]?.tbtMs);
	row(`Lighthouse ${page}: CLS`, r => r.lighthouse?.[page]?.cls, '≤ 0.01');
}
for (const cpu of CPU_RATES) {
	const bar = cpu === 4;
	row(
		`Scroll ${cpu}× CPU: dropped frames (%)`,
		r => r.scroll?.[`cpu${cpu}x`]?.droppedPct,
		bar ? '≤ 5' : ''
	);
	row(
		`Scroll ${cpu}× CPU: long tasks`,
		r => r.scroll?.[`cpu${cpu}x`]?.longTasks,
		bar ? '0 over 50 ms' : ''
	);
	row(
		`Scroll ${cpu}× CPU: longest task (ms)`,
		r => r.scroll?.[`cpu${cpu}x`]?.longestTaskMs,
		bar ? '≤ 50' : ''
	);
	row(`Scroll ${cpu}× CPU: layout shift`, r => r.scroll?.[`cpu${cpu}x`]?.cls, '≤ 0.01');
}
for (const key of Object.keys(
	results.firstGraphicSettledMs ?? previous?.firstGraphicSettledMs ?? {}
))
	row(`First graphic settled, ${key} (ms)`, r => r.firstGraphicSettledMs?.[key]);
for (const s of results.bytes) {
	const kb = n => (n === undefined ? undefined : Math.round(n / 102.4) / 10);
	row(
		`JS ${s.surface}: gzip KB (raw ${kb(s.raw)}, brotli ${kb(s.brotli)})`,
		r => kb(r.bytes?.find(b => b.surface === s.surface)?.gzip),
		s.surface === 'present' ? '' : '≤ 60'
	);
}
writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);
const widths = [0, 1, 2, 3].map(i =>
	Math.max(...[['metric', 'previous', 'now', 'bar'], ...rows].map(r => String(r[i]).length))
);
const line = r => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(['metric', 'previous', 'now', 'bar']));
console.log(`| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows) console.log(line(r));
console.log(`\nWrote ${RESULTS}${previous ? ` (previous run: ${previous.generated})` : ''}.`);
