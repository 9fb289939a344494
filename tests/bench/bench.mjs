// `npm run bench`: builds the site, serves it on 127.0.0.1 and measures it in headless Chromium,
// several runs each, reporting medians:
//   - Lighthouse (mobile preset, simulated throttling): scores, FCP, LCP, TBT, CLS, for the story
//     and for an embed;
//   - scrolling the whole story (a real wheel gesture at 1200 px/s, 1280 × 800) at normal CPU and
//     with the CPU slowed 4×: dropped frames, long tasks, layout shift, main-thread busy time;
//   - the floor: the same scroll under reduced motion (the app draws each step at once, no
//     transitions), in the same run, and the ratio of the two (what the transitions cost);
//   - one more 4× scroll, traced (not in the medians: tracing costs), summarised as the ten
//     costliest functions at their original file:line and every long task with what ran in it
//     (./trace-summary.mjs); the raw trace is kept for DevTools;
//   - time from navigation to the first graphic settled (story and embed, 375 px), at both CPUs;
//   - bytes per surface (raw, gzip, brotli), from the build's manifest;
//   - with --data-scale N, the same for a build of N× the thefts and 3× the launches, side by side.
// It writes tests/bench/results.json (committed, so the history is in git) and prints a table
// with the previous run's figures beside the new ones, and the machine it ran on. Timings are
// noisy on a shared 2-core machine: compare medians, and runs on the same machine.
// Not part of `npm test`.
//
// Options: --runs N (default 3); --skip lighthouse,scroll,floor,trace,first (parts to leave out);
// --site DIR (measure the build in DIR rather than dist/); --build (build into
// tests/bench/out/site with hidden source maps and time it, and measure that); --data-scale N
// (implies --build); --what-if a,b (instead of all that: the 4× scroll as built and in each named
// variant of ./what-if.mjs, alternately, to tests/bench/out/what-if.json).
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statfsSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { describeMachine } from './machine.mjs';
import { round } from './numbers.mjs';
import { DESKTOP, firstGraphicRun, MARKS, SCROLL_SPEED, scrollRun } from './page-runs.mjs';
import { printReport, printWhatIf } from './report.mjs';
import { buildSite, checkScaled, loadScaledData } from './site-build.mjs';
import { sourcePositions } from './source-positions.mjs';
import { summariseTrace } from './trace-summary.mjs';
import { WHAT_IF_FILE, whatIfVariants } from './what-if.mjs';

const { machine, finish: machineAtEnd } = describeMachine();
const root = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = resolve(root, 'tests/bench/results.json');
/** Output that is not committed: the bench's build and the trace (see .gitignore). */
const OUT = resolve(root, 'tests/bench/out');
const TRACE = resolve(OUT, 'scroll-4x.trace.json');
const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '3'));
const SKIP = new Set(option('skip', '').split(',').filter(Boolean));
const DATA_SCALE = option('data-scale', null) === null ? null : Number(option('data-scale'));
/** The issue's variant: the launches ×3 whatever N is (the thefts are the list that grows). */
const LAUNCH_SCALE = 3;
const BUILD = args.includes('--build') || DATA_SCALE !== null;
const CPU_RATES = [1, 4];
if (!Number.isInteger(RUNS) || RUNS < 1)
	throw new Error(`--runs wants a whole number ≥ 1, not ${option('runs')}`);
if (DATA_SCALE !== null && !(Number.isInteger(DATA_SCALE) && DATA_SCALE > 1))
	throw new Error(`--data-scale wants a whole number > 1, not ${option('data-scale')}`);
if (BUILD && args.includes('--site'))
	throw new Error('--site measures a build that exists; --build and --data-scale make their own');
const WHAT_IF = option('what-if', null) === null ? null : whatIfVariants(option('what-if'));
if (WHAT_IF && (BUILD || DATA_SCALE !== null))
	throw new Error('--what-if measures a build that exists (dist/ or --site DIR): no --build');
const PARTS = ['lighthouse', 'scroll', 'floor', 'trace', 'first'];
for (const part of SKIP)
	if (!PARTS.includes(part)) throw new Error(`--skip ${part}: the parts are ${PARTS.join(', ')}`);

const median = xs => {
	const s = [...xs].filter(x => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = msg => process.stderr.write(`${msg}\n`);
/** The medians of every figure the runs share, and the runs themselves. */
const medians = runs => ({
	...Object.fromEntries(
		Object.keys(runs[0])
			.filter(k => typeof runs[0][k] === 'number')
			.map(k => [k, median(runs.map(r => r[k]))])
	),
	// figures by name (dropped frames by graphic): the median of each name the runs have
	...Object.fromEntries(
		Object.keys(runs[0])
			.filter(k => runs[0][k] && typeof runs[0][k] === 'object' && !Array.isArray(runs[0][k]))
			.map(k => {
				const names = [...new Set(runs.flatMap(r => Object.keys(r[k] ?? {})))];
				const of = name => runs.map(r => r[k]?.[name]).filter(x => typeof x === 'number');
				return [k, Object.fromEntries(names.map(name => [name, median(of(name))]))];
			})
	),
	runs
});

// ---- the builds (before anything else: a missing module or a failed build fails fast) ----------
// --data-scale checks for the scaled-data module before the first build, not after it
const writeScaledData = DATA_SCALE === null ? null : await loadScaledData();
const builds = {};
let dist = resolve(root, option('site', 'dist'));
if (BUILD) {
	mkdirSync(OUT, { recursive: true });
	builds.real = await buildSite({ root, outDir: resolve(OUT, 'site'), log });
	dist = builds.real.outDir;
}
let scratch = null;
if (DATA_SCALE !== null) {
	scratch = mkdtempSync(join(tmpdir(), 'bench-scaled-'));
	const data = join(scratch, 'data');
	try {
		await writeScaledData({
			from: resolve(root, 'data'),
			to: data,
			thefts: DATA_SCALE,
			launches: LAUNCH_SCALE
		});
		builds.scaled = await buildSite({ root, outDir: join(scratch, 'site'), dataDir: data, log });
		checkScaled(dist, builds.scaled.outDir, { thefts: DATA_SCALE, launches: LAUNCH_SCALE });
	} catch (error) {
		rmSync(scratch, { recursive: true, force: true });
		throw error;
	}
}
if (!existsSync(resolve(dist, 'index.html')))
	throw new Error(
		`no build in ${relative(root, dist) || '.'}/: run \`npx vite build\` first, or give the bench --build`
	);

// one module runner for the whole bench: modules it loads may import more later (findChromium
// imports the packaged Chromium on demand), which a runner closed after the first import refuses
const vite = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false, ws: false },
	// it only loads the build's Node modules: no scan of the pages for dependencies to pre-bundle
	optimizeDeps: { noDiscovery: true, include: [] },
	appType: 'custom'
});
const load = path => vite.ssrLoadModule(path);
const { serveStatic } = await load('/src/build/static-server.ts');
const { findChromium } = await load('/src/build/chromium.ts');
const { surfaceBytes } = await load('/src/build/bundle-report.ts');
const { GRAPHIC_IDS } = await load('/src/graphics/registry.ts');
const { loadAll } = await load('/src/build/load.ts');
const { chromium } = await import('playwright-core');

const firstGraphic = loadAll(resolve(root, 'data')).copy.steps[0].graphic;
// the address the embed codes hand out: the graphic's own folder (src/lib/embed-code.ts)
const embedPath = `embed/${firstGraphic}/`;
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
const bytesOf = dir =>
	surfaceBytes(dir, firstGraphic, GRAPHIC_IDS).map(s => ({
		surface: s.name,
		what: s.what,
		files: s.files.length,
		raw: s.raw,
		gzip: s.gzip,
		brotli: s.brotli
	}));

// ---- Lighthouse ---------------------------------------------------------------------------
async function lighthouseRuns(siteUrl, path) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const runs = [];
	for (let i = 0; i < RUNS; i++) {
		const chrome = await chromeLauncher.launch({
			chromePath: browserInfo.executablePath,
			chromeFlags: ['--headless=new', ...chromiumArgs]
		});
		try {
			const { lhr } = await lighthouse(new URL(path, siteUrl).href, {
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
/** The machine and the browser that measured, for every file the bench writes. */
const measuredOn = {
	...machine,
	chromium: browser.version(),
	chromiumFrom: browserInfo.origin,
	sharedMemory: !chromiumArgs.includes('--disable-dev-shm-usage')
};

/**
 * The scroll at each CPU rate, with motion and (unless skipped) under reduced motion, run
 * alternately so that a burst of load on the machine falls on both alike.
 */
async function scrollAndFloor(siteUrl, { cpus = CPU_RATES, floor = !SKIP.has('floor') } = {}) {
	const scroll = {};
	const floors = {};
	for (const cpu of cpus) {
		const motion = [];
		const still = [];
		for (let i = 0; i < RUNS; i++) {
			motion.push(await scrollRun(browser, siteUrl, { cpu }));
			log(`scroll ${cpu}× run ${i + 1}: ${JSON.stringify(motion.at(-1))}`);
			if (!floor) continue;
			still.push(await scrollRun(browser, siteUrl, { cpu, reducedMotion: true }));
			log(`floor ${cpu}× run ${i + 1}: ${JSON.stringify(still.at(-1))}`);
		}
		scroll[`cpu${cpu}x`] = medians(motion);
		if (floor) floors[`cpu${cpu}x`] = medians(still);
	}
	return { scroll, floor: floor ? floors : undefined };
}

/** The extra 4× scroll, traced, and where its time went (not counted in the medians). */
async function tracedScroll(siteUrl) {
	mkdirSync(OUT, { recursive: true });
	const run = await scrollRun(browser, siteUrl, { cpu: 4, tracePath: TRACE });
	log(`traced scroll 4×: ${JSON.stringify(run)}`);
	const trace = JSON.parse(readFileSync(TRACE, 'utf8'));
	const locate = sourcePositions(dist, siteUrl, root);
	return {
		file: relative(root, TRACE),
		sourceMaps: readdirSync(resolve(dist, 'assets')).some(f => f.endsWith('.js.map')),
		run,
		...summariseTrace(trace, { startMark: MARKS.start, endMark: MARKS.end, locate })
	};
}

async function firstGraphicSettled(siteUrl, pages) {
	const settled = {};
	for (const [name, path] of pages)
		for (const cpu of CPU_RATES) {
			const runs = [];
			for (let i = 0; i < RUNS; i++)
				runs.push(await firstGraphicRun(browser, new URL(path, siteUrl).href, cpu));
			settled[`${name}-cpu${cpu}x`] = round(median(runs));
			log(`first graphic ${name} ${cpu}×: ${runs.map(r => round(r)).join(', ')} ms`);
		}
	return settled;
}

/**
 * `--what-if`: the 4× scroll as built and in each variant, alternately (so that load on the
 * machine falls on all alike), RUNS times; medians. Written to tests/bench/out/, not results.json.
 */
async function whatIf(siteUrl) {
	const variants = [{ name: 'as built', what: 'the build as it is' }, ...WHAT_IF];
	const runs = variants.map(() => []);
	for (let i = 0; i < RUNS; i++)
		for (const [j, v] of variants.entries()) {
			runs[j].push(
				await scrollRun(browser, siteUrl, {
					cpu: 4,
					reducedMotion: v.reducedMotion,
					css: v.css,
					script: v.script
				})
			);
			log(`what-if ${v.name} run ${i + 1}: ${JSON.stringify(runs[j].at(-1))}`);
		}
	return variants.map((v, j) => ({ ...v, scroll: medians(runs[j]) }));
}

if (WHAT_IF) {
	const site = await serveStatic(dist);
	try {
		const out = {
			generated: new Date().toISOString(),
			machine: measuredOn,
			settings: { runs: RUNS, cpu: 4, site: relative(root, dist) },
			variants: await whatIf(site.url)
		};
		out.machine = { ...out.machine, ...machineAtEnd() };
		mkdirSync(OUT, { recursive: true });
		writeFileSync(resolve(root, WHAT_IF_FILE), `${JSON.stringify(out, null, '\t')}\n`);
		printWhatIf(out);
		console.log(`\nWrote ${WHAT_IF_FILE}.`);
	} finally {
		await browser.close();
		await site.close();
		await vite.close();
	}
	process.exit(0);
}

const results = {
	generated: new Date().toISOString(),
	machine: measuredOn,
	settings: {
		runs: RUNS,
		scrollSpeedPxPerS: SCROLL_SPEED,
		viewport: DESKTOP,
		cpuRates: CPU_RATES,
		site: relative(root, dist)
	},
	bars: {
		lighthouse: 'performance ≥ 95; accessibility, best practices and SEO 100; CLS ≤ 0.01',
		scroll: 'at 4× CPU: ≤ 5% dropped frames, no task over 50 ms',
		bytes: 'first-screen JavaScript ≤ 60 KB gzip (story and each embed)'
	},
	build: builds.real ? { seconds: builds.real.seconds } : undefined,
	bytes: bytesOf(dist)
};

const servers = [];
try {
	const site = await serveStatic(dist);
	servers.push(site);
	if (!SKIP.has('lighthouse')) {
		log('lighthouse…');
		results.lighthouse = {
			story: await lighthouseRuns(site.url, './'),
			embed: await lighthouseRuns(site.url, embedPath)
		};
	}
	if (!SKIP.has('scroll')) Object.assign(results, await scrollAndFloor(site.url));
	if (!SKIP.has('trace')) results.trace = await tracedScroll(site.url);
	if (!SKIP.has('first'))
		results.firstGraphicSettledMs = await firstGraphicSettled(site.url, [
			['story', './'],
			['embed', embedPath]
		]);
	if (builds.scaled) {
		log(`the ${DATA_SCALE}× build…`);
		const scaledSite = await serveStatic(builds.scaled.outDir);
		servers.push(scaledSite);
		results.scaled = {
			thefts: DATA_SCALE,
			launches: LAUNCH_SCALE,
			build: { seconds: builds.scaled.seconds },
			bytes: bytesOf(builds.scaled.outDir),
			scroll: SKIP.has('scroll')
				? undefined
				: (await scrollAndFloor(scaledSite.url, { cpus: [4], floor: false })).scroll,
			firstGraphicSettledMs: SKIP.has('first')
				? undefined
				: await firstGraphicSettled(scaledSite.url, [['story', './']])
		};
	}
} finally {
	await browser.close();
	for (const s of servers) await s.close();
	await vite.close();
	if (scratch) rmSync(scratch, { recursive: true, force: true });
}
results.machine = { ...results.machine, ...machineAtEnd() };

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : null;
writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);
printReport(results, previous);
console.log(`\nWrote ${RESULTS}${previous ? ` (previous run: ${previous.generated})` : ''}.`);
