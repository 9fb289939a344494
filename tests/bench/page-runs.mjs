// One measured visit of a built site in a Playwright Chromium: the whole story scrolled by a real
// wheel gesture (with or without motion, optionally traced), or the wait for the first graphic to
// settle. Each run has a context of its own, so nothing carries over between runs.
//   - Dropped frames come from requestAnimationFrame timestamps (a gap of n vsyncs is n − 1 drops);
//   - long tasks and layout shift from PerformanceObservers in the page;
//   - main-thread busy time from Chromium's own counters (CDP Performance.getMetrics: TaskDuration,
//     ScriptDuration, RecalcStyleDuration, LayoutDuration), per second of scroll: it stays
//     meaningful when a run drops no frame at all, which the reduced-motion floor often does.

import { attributeDrops } from './drops.mjs';
import { round } from './numbers.mjs';

export const SCROLL_SPEED = 1200;
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 740 };
const SETTLED = '[data-graphic][data-settled-step]';
/** The marks that bound the scroll in a trace (./trace-summary.mjs reads between them). */
export const MARKS = { start: 'bench:scroll-start', end: 'bench:scroll-end' };

/**
 * What a trace records: DevTools' timeline events (tasks and what nests in them), the V8
 * sampling profiler (functions), GC, and user timing (the marks). Screenshots are left out: they
 * cost every frame.
 */
const TRACE_CATEGORIES = [
	'-*',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'v8',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler',
	'disabled-by-default-v8.gc',
	'blink.user_timing',
	'loading',
	'latencyInfo'
];

/** Records frames, long tasks and layout shifts from the moment the page starts. */
function recorder() {
	const w = window;
	w.__bench = {
		frames: [],
		frameGraphics: [],
		frameMoving: [],
		longTasks: [],
		shifts: 0,
		shiftSources: [],
		settledAt: null,
		recording: false
	};
	// what moved, for the report: a tag with the attribute that best says which part of the page
	const describe = node => {
		if (!(node instanceof Element)) return node?.nodeName ?? '(gone)';
		for (const a of ['data-graphic', 'data-step-id', 'id', 'aria-label', 'class'])
			if (node.hasAttribute(a)) return `${node.localName}[${a}="${node.getAttribute(a)}"]`;
		return node.localName;
	};
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
		if (e.hadRecentInput) return;
		w.__bench.shifts += e.value;
		if (w.__bench.recording)
			w.__bench.shiftSources.push({
				value: e.value,
				atMs: e.startTime,
				nodes: (e.sources ?? []).map(s => describe(s.node))
			});
	});
	// with each frame, the graphic on screen and whether it was moving (no data-settled-step yet),
	// so that dropped frames can be laid at a graphic's door; one query per frame costs microseconds
	const frame = t => {
		if (w.__bench.recording) {
			const shown = document.querySelector('[data-scrolly-graphic] [data-graphic]');
			w.__bench.frames.push(t);
			w.__bench.frameGraphics.push(shown?.getAttribute('data-graphic') ?? '');
			w.__bench.frameMoving.push(shown ? !shown.hasAttribute('data-settled-step') : false);
		}
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

const COUNTERS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
async function counters(cdp) {
	const { metrics } = await cdp.send('Performance.getMetrics');
	const byName = Object.fromEntries(metrics.map(m => [m.name, m.value]));
	for (const name of COUNTERS)
		if (typeof byName[name] !== 'number')
			throw new Error(`Chromium's Performance.getMetrics has no ${name}`);
	return byName;
}

/** Adds a stylesheet to the page once its head exists (the bench's what-if variants). */
function addStyles(css) {
	document.addEventListener('DOMContentLoaded', () => {
		const style = document.createElement('style');
		style.dataset.bench = 'what-if';
		style.textContent = css;
		document.head.append(style);
	});
}

/** A what-if stylesheet whose selector matches nothing would measure the build as it is. */
async function checkStyles(page) {
	const idle = await page.evaluate(() => {
		const sheet = document.querySelector('style[data-bench="what-if"]')?.sheet;
		if (!sheet) return ['(the stylesheet was not added)'];
		return [...sheet.cssRules]
			.map(rule => rule.selectorText)
			.filter(selector => selector && !document.querySelector(selector));
	});
	if (idle.length)
		throw new Error(`the what-if stylesheet's selectors match nothing: ${idle.join('; ')}`);
}

/**
 * Scrolls the whole story once.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url  the story
 * @param {{ cpu: number, reducedMotion?: boolean, tracePath?: string, css?: string, script?: () => void }} options
 *   css: a stylesheet added to the page, script: a function run in it (the bench's --what-if variants)
 */
export async function scrollRun(
	browser,
	url,
	{ cpu, reducedMotion = false, tracePath, css, script }
) {
	const context = await browser.newContext({
		viewport: DESKTOP,
		reducedMotion: reducedMotion ? 'reduce' : 'no-preference'
	});
	try {
		await context.addInitScript(recorder);
		if (css) await context.addInitScript(addStyles, css);
		if (script) await context.addInitScript(script);
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForSelector(SETTLED);
		await page.waitForTimeout(1000);
		if (css) await checkStyles(page);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		if (tracePath)
			await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
		const before = await counters(cdp);
		const distance = await page.evaluate(mark => {
			window.__bench.recording = true;
			window.__bench.shifts = 0;
			window.__bench.shiftSources = [];
			window.__bench.scrollStart = performance.now();
			performance.mark(mark);
			return document.documentElement.scrollHeight - window.innerHeight;
		}, MARKS.start);
		const started = Date.now();
		await cdp.send('Input.synthesizeScrollGesture', {
			x: DESKTOP.width / 2,
			y: DESKTOP.height / 2,
			yDistance: -distance,
			speed: SCROLL_SPEED,
			gestureSourceType: 'mouse'
		});
		const seconds = (Date.now() - started) / 1000;
		const raw = await page.evaluate(mark => {
			performance.mark(mark);
			window.__bench.recording = false;
			return window.__bench;
		}, MARKS.end);
		const after = await counters(cdp);
		if (tracePath) await browser.stopTracing();
		const perSecond = name => round(((after[name] - before[name]) * 1000) / seconds);
		const vsync = 1000 / 60;
		const span = raw.frames.length > 1 ? raw.frames.at(-1) - raw.frames[0] : 0;
		const expected = Math.max(1, Math.round(span / vsync));
		const drops = attributeDrops(raw.frames, raw.frameGraphics, raw.frameMoving, vsync);
		return {
			seconds: round(seconds, 1),
			droppedPct: round((100 * drops.dropped) / expected, 1),
			// of the dropped frames, the share that came while a graphic moved between steps
			droppedWhileMovingPct: drops.whileMovingPct,
			// dropped frames per graphic on screen, as a share of that graphic's frames
			droppedPctByGraphic: drops.byGraphic,
			longTasks: raw.longTasks.length,
			longestTaskMs: round(Math.max(0, ...raw.longTasks)),
			cls: round(raw.shifts, 4),
			// the three largest shifts of the scroll, with the elements that moved
			largestShifts: raw.shiftSources
				.sort((a, b) => b.value - a.value)
				.slice(0, 3)
				.map(s => ({
					value: round(s.value, 4),
					atMs: round(s.atMs - raw.scrollStart),
					nodes: s.nodes
				})),
			busyMsPerS: perSecond('TaskDuration'),
			scriptMsPerS: perSecond('ScriptDuration'),
			styleMsPerS: perSecond('RecalcStyleDuration'),
			layoutMsPerS: perSecond('LayoutDuration')
		};
	} finally {
		await context.close();
	}
}

/** Milliseconds from navigation until the first graphic has settled, at a phone's width. */
export async function firstGraphicRun(browser, url, cpu) {
	const context = await browser.newContext({ viewport: PHONE });
	try {
		await context.addInitScript(recorder);
		const page = await context.newPage();
		if (cpu > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		}
		await page.goto(url);
		await page.waitForSelector(SETTLED, { timeout: 60_000 });
		return await page.evaluate(() => window.__bench.settledAt);
	} finally {
		await context.close();
	}
}
