/**
 * The story page in Chromium, Firefox and WebKit, at phone and desktop width: a reader scrolls
 * through every step and the graphic settles in each step's state (the marks the step asks for, by
 * their data hooks) with the layout intact (nothing wider than the screen, labels inside their
 * graphic, text and graphic apart); a fast scroll back, a deep link, a reload mid-story and a
 * resize all land on the right step; the text is set in the site's own font; no console errors.
 * Then Chromium alone: reduced motion, and every step again with a classic scrollbar. Screenshots
 * of every step go to tests/browser/output/<engine>/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { mainTheftSeries } from '../../src/data/index.ts';
import { exchangeMapSpec } from '../../src/graphics/exchange-map/state.ts';
import { launchSiteMapSpec } from '../../src/graphics/launch-site-map/state.ts';
import exchangeMap from '../../src/graphics/exchange-map/part.ts';
import launchSiteMap from '../../src/graphics/launch-site-map/part.ts';
import type { Step } from '../../src/story/types.ts';
import { STEP_DURATION } from '../../src/lib/motion.ts';
import { textWidth } from '../../src/lib/place/measure.ts';
import {
	attrs,
	loadedFaces,
	scrollToStep,
	stepIds,
	text,
	waitForSelector,
	waitForStep
} from './engines/dom.ts';
import {
	eachEngine,
	withClassicScrollbar,
	WALK_TIMEOUT,
	type Engine,
	type Frame
} from './engines/index.ts';
import { serveHost } from './host.ts';
import {
	closeBrowser,
	DESKTOP,
	openPage,
	PHONE,
	scrollToStep as scrollPlaywright,
	waitForStep as waitPlaywright,
	type Viewport
} from './page.ts';

const OUTPUT = resolve(import.meta.dirname, 'output');

afterAll(closeBrowser);

/** The marks of the graphic that is showing, by their data hooks, read in one go. */
interface Marks {
	alt: string | null;
	/** theft-vs-launches: each theft bar's year and fill-opacity */
	bars: [string, string][];
	launchPanel: boolean;
	/** monthly-pace: each month mark and its fill-opacity, in document order */
	months: [string, string][];
	exchanges: string[];
	sites: string[];
	points: string[];
}

function readMarks(frame: Frame, graphic: string): Promise<Marks> {
	return frame.evaluate(id => {
		const root = document.querySelector(`[data-graphic="${id}"]`);
		const all = (sel: string) => [...(root?.querySelectorAll(sel) ?? [])];
		const pair = (el: Element, name: string): [string, string] => [
			el.getAttribute(name) ?? '',
			el.getAttribute('fill-opacity') ?? ''
		];
		return {
			alt: root?.getAttribute('aria-label') ?? null,
			bars: all('[aria-label="theft-bars"] [data-year]').map(el => pair(el, 'data-year')),
			launchPanel: root?.querySelector('[aria-label="launches-panel"]') != null,
			months: all('[data-month]').map(el => pair(el, 'data-month')),
			exchanges: all('[data-exchange-id]').map(el => el.getAttribute('data-exchange-id') ?? ''),
			sites: all('[data-site-id]').map(el => el.getAttribute('data-site-id') ?? ''),
			points: all('[aria-label="year-points"] [data-year]').map(
				el => el.getAttribute('data-year') ?? ''
			)
		};
	}, graphic);
}

/** Checks the marks of the graphic that is showing against what the step asks for. */
async function expectStepState(frame: Frame, step: Step): Promise<void> {
	const marks = await readMarks(frame, step.graphic);
	if (step.graphic === 'theft-vs-launches') {
		const [from, to] = step.view.years ?? [2016, 2025];
		expect(
			marks.bars.map(([year]) => Number(year)),
			step.id
		).toEqual(mainTheftSeries.map(t => t.year).filter(y => y >= from && y <= to));
		for (const year of step.view.highlight ?? []) {
			const opacity = marks.bars.find(([y]) => y === String(year))?.[1];
			expect(Number(opacity), `${step.id} ${year}`).toBe(1);
		}
		expect(marks.launchPanel, `${step.id}: missile panel shown`).toBe(step.view.show !== 'theft');
	} else if (step.graphic === 'monthly-pace') {
		const months = marks.months.map(([m]) => m);
		const from = step.view.from ?? '2016-01';
		expect(months[0]! >= from || months[0] === from, `${step.id} first month`).toBe(true);
		if (step.view.to) expect(months.at(-1)! <= step.view.to, `${step.id} last month`).toBe(true);
		for (const id of step.view.heists ?? []) expect(marks.exchanges, id).toContain(id);
		for (const month of step.view.highlight ?? []) {
			const opacity = marks.months.find(([m]) => m === month)?.[1];
			expect(Number(opacity), month).toBe(1);
		}
	} else if (step.graphic === 'exchange-map') {
		const spec = exchangeMapSpec(step.view, exchangeMap.data);
		const expected = exchangeMap.data.incidents
			.filter((_, i) => spec.shown[i] === 1)
			.map(h => h.id);
		expect([...marks.exchanges].sort(), step.id).toEqual(expected.sort());
	} else if (step.graphic === 'launch-site-map') {
		const spec = launchSiteMapSpec(step.view, launchSiteMap.data);
		const expected = launchSiteMap.data.sites
			.filter((_, i) => (spec.missiles[i] ?? 0) > 0)
			.map(s => s.id);
		expect([...marks.sites].sort(), step.id).toEqual(expected.sort());
	} else {
		expect(marks.points.map(Number), step.id).toEqual(mainTheftSeries.map(t => t.year));
	}
	expect(marks.alt).toBe(step.alt);
}

/**
 * What is wrong with the layout at this step, in words (none: an empty list). Nothing may be wider
 * than the viewport (the classic scrollbars of Firefox and desktop Chrome take their width from
 * it); the graphic and every label in it lie inside the viewport and the drawing; beside a wide
 * screen's graphic, the step's text does not run under it; on a phone, the step's text starts below
 * the graphic that holds the top of the screen.
 */
function layoutProblems(frame: Frame, graphic: string): Promise<string[]> {
	return frame.evaluate(id => {
		const problems: string[] = [];
		const doc = document.documentElement;
		const width = doc.clientWidth;
		if (doc.scrollWidth > width)
			problems.push(`the page is ${doc.scrollWidth - width}px wider than its ${width}px viewport`);
		const svg = document.querySelector(`[data-graphic="${id}"] > svg`);
		if (!svg) return [...problems, 'no drawing'];
		const box = svg.getBoundingClientRect();
		if (box.left < -0.5 || box.right > width + 0.5)
			problems.push(`the drawing spans ${box.left}–${box.right}px of a ${width}px viewport`);
		for (const label of svg.querySelectorAll('text')) {
			const r = label.getBoundingClientRect();
			if (r.width === 0) continue;
			if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1)
				problems.push(
					`label "${label.textContent}" (${Math.round(r.left)}–${Math.round(r.right)}px) leaves the drawing (${Math.round(box.left)}–${Math.round(box.right)}px)`
				);
		}
		// the step's card: its first element but the still that only printing shows
		const card = document.querySelector(
			'[data-step-id][aria-current="step"] > :not([data-print-still])'
		);
		const sticky = document.querySelector('[data-scrolly-graphic]');
		if (card && sticky) {
			const c = card.getBoundingClientRect();
			const g = sticky.getBoundingClientRect();
			const beside = g.left >= c.left + 1;
			if (beside && c.right > g.left + 0.5)
				problems.push(
					`the step's text (to ${c.right}px) runs under the graphic (from ${g.left}px)`
				);
			if (!beside && c.top < g.bottom - 0.5)
				problems.push(
					`the step's text (from ${c.top}px) starts under the graphic (to ${g.bottom}px)`
				);
		}
		return problems;
	}, graphic);
}

/** Scrolls through every step, checking state and layout, with a screenshot of each. */
async function readEveryStep(engine: Engine, name: string, viewport: Viewport) {
	const shots = resolve(OUTPUT, engine.id);
	mkdirSync(shots, { recursive: true });
	const page = await engine.open('./', { viewport });
	for (const step of copy.steps) {
		await scrollToStep(page, step.id);
		await waitForStep(page, step.id, step.graphic);
		expect(await attrs(page, '[aria-current="step"]', 'data-step-id')).toEqual([step.id]);
		await expectStepState(page, step);
		expect(await layoutProblems(page, step.graphic), step.id).toEqual([]);
		await page.screenshot(resolve(shots, `story-${name}-${step.id}.png`));
	}
	expect(await page.errors()).toEqual([]);
	await page.close();
}

const WIDTHS = { phone: PHONE, desktop: DESKTOP };

/** A line with letters and figures of every width, for the font check. */
const SAMPLE = 'Hamburgefonstiv WQ 0123456789 $2.02bn';

eachEngine(engine => {
	for (const [name, viewport] of Object.entries(WIDTHS)) {
		describe(`the story at ${name} width (${viewport.width}px)`, () => {
			it('shows the headline, dek, byline and every step of the copy, in order', async () => {
				const page = await engine.open('./', { viewport });
				expect(await text(page, 'h1')).toBe(copy.headline);
				expect(await text(page, '.story-dek')).toBe(copy.dek);
				expect(await stepIds(page)).toEqual(copy.steps.map(s => s.id));
				await page.close();
			});

			it(
				"settles the graphic in each step's state as the reader scrolls down, laid out whole",
				() => readEveryStep(engine, name, viewport),
				WALK_TIMEOUT
			);

			it('lands on the right step after a fast scroll back to the top and down again', async () => {
				const page = await engine.open('./', { viewport });
				const [first, last] = [copy.steps[0]!, copy.steps.at(-1)!];
				await scrollToStep(page, last.id);
				await waitForStep(page, last.id, last.graphic);
				for (const step of [...copy.steps].reverse()) await scrollToStep(page, step.id);
				await waitForStep(page, first.id, first.graphic);
				await expectStepState(page, first);
				await scrollToStep(page, last.id);
				await waitForStep(page, last.id, last.graphic);
				await expectStepState(page, last);
				expect(await page.errors()).toEqual([]);
				await page.close();
			});

			it('opens a deep link (#step-id) at that step, in its state', async () => {
				for (const step of [copy.steps[4]!, copy.steps[13]!, copy.steps.at(-1)!]) {
					const page = await engine.open(`./#${step.id}`, { viewport });
					await waitForStep(page, step.id, step.graphic);
					await expectStepState(page, step);
					expect(await page.errors()).toEqual([]);
					await page.close();
				}
			});

			it('follows an in-page link to a step (a hash change after load)', async () => {
				const step = copy.steps[14]!;
				const page = await engine.open('./', { viewport });
				await page.evaluate(id => (location.hash = `#${id}`), step.id);
				await waitForStep(page, step.id, step.graphic);
				await expectStepState(page, step);
				expect(await page.errors()).toEqual([]);
				await page.close();
			});

			// WebKit restores no scroll position inside an iframe on a reload (neither the frame's own
			// reload nor the page around it: tried), and the WebKit run has every page in a frame
			// (engines/webkit.ts); at the top of a window it does (tried by hand, 2.50.6)
			it.skipIf(engine.name === 'webkit')(
				'stays on its step through a reload mid-story',
				async () => {
					const step = copy.steps[8]!;
					const page = await engine.open('./', { viewport });
					await scrollToStep(page, step.id);
					await waitForStep(page, step.id, step.graphic);
					await page.reload();
					await waitForStep(page, step.id, step.graphic);
					await page.close();
				}
			);
		});
	}

	describe('the story between steps and through a resize', () => {
		it('animates between steps: the graphic is unsettled for a moment', async () => {
			const page = await engine.open('./', { viewport: DESKTOP });
			const [a, b] = [copy.steps[1]!, copy.steps[2]!];
			await scrollToStep(page, a.id);
			await waitForStep(page, a.id, a.graphic);
			await scrollToStep(page, b.id);
			await waitForSelector(page, `[data-graphic="${b.graphic}"]:not([data-settled-step])`, 2000);
			await waitForStep(page, b.id, b.graphic);
			await page.close();
		});

		it("lays a new graphic out once, at its own drawing area's size", async () => {
			// the graphics' titles and Note lines differ, so a switch changes the drawing area's size
			const k = copy.steps.findIndex((s, i) => i > 1 && s.graphic !== copy.steps[i - 1]!.graphic);
			const [a, b] = [copy.steps[k - 1]!, copy.steps[k]!];
			const page = await engine.open('./', { viewport: DESKTOP });
			await scrollToStep(page, a.id);
			await waitForStep(page, a.id, a.graphic);
			const before = await page.evaluate(() =>
				document.querySelector('.story-sticky [data-graphic] > svg')?.getAttribute('viewBox')
			);
			// every viewBox the next graphic's SVG is given, from its insertion on
			await page.evaluate(graphic => {
				const seen: string[] = [];
				(window as unknown as { __viewBoxes: string[] }).__viewBoxes = seen;
				const record = (svg: Element) => {
					if (svg.localName === 'svg' && svg.parentElement?.dataset.graphic === graphic)
						seen.push(svg.getAttribute('viewBox') ?? '');
				};
				new MutationObserver(records => {
					for (const r of records)
						if (r.type === 'attributes') record(r.target as Element);
						else
							for (const n of r.addedNodes)
								if (n instanceof Element) [n, ...n.querySelectorAll('svg')].forEach(record);
				}).observe(document.querySelector('.story-sticky')!, {
					subtree: true,
					childList: true,
					attributes: true,
					attributeFilter: ['viewBox']
				});
			}, b.graphic);
			await scrollToStep(page, b.id);
			await waitForStep(page, b.id, b.graphic);
			const seen = await page.evaluate(
				() => (window as unknown as { __viewBoxes: string[] }).__viewBoxes
			);
			const plot = await page.evaluate(() => {
				const el = document.querySelector('.story-sticky .plot')!;
				return `0 0 ${el.clientWidth} ${el.clientHeight}`;
			});
			expect(seen).toEqual([plot]);
			expect(plot).not.toBe(before);
			expect(await page.errors()).toEqual([]);
			await page.close();
		});

		it('re-lays the graphic out on a resize without losing the step', async () => {
			const page = await engine.open('./', { viewport: DESKTOP });
			const step = copy.steps[9]!;
			await scrollToStep(page, step.id);
			await waitForStep(page, step.id, step.graphic);
			const viewBox = () =>
				page.evaluate(() => document.querySelector('[data-graphic] svg')?.getAttribute('viewBox'));
			const before = await viewBox();
			await page.setViewport(PHONE);
			await page.waitFor(
				vb => document.querySelector('[data-graphic] svg')?.getAttribute('viewBox') !== vb,
				before
			);
			await scrollToStep(page, step.id);
			await waitForStep(page, step.id, step.graphic);
			expect(await attrs(page, '[aria-current="step"]', 'data-step-id')).toEqual([step.id]);
			await expectStepState(page, step);
			expect(await layoutProblems(page, step.graphic)).toEqual([]);
			expect(await page.errors()).toEqual([]);
			await page.close();
		});
	});

	describe('what the engine reports', () => {
		it('sees a console error, an uncaught error and an unhandled rejection (a check of the check)', async () => {
			const page = await engine.open('./', { viewport: PHONE });
			if (engine.name === 'webkit') {
				// WebKit's errors come from the recorder: it must be the page's first element
				const first = await page.evaluate(() => document.head.firstElementChild?.outerHTML);
				expect(first).toBe('<script src="/__test/record.js"></script>');
			}
			expect(await page.errors()).toEqual([]);
			await page.evaluate(() => {
				console.error('logged on purpose');
				setTimeout(() => {
					throw new Error('thrown on purpose');
				});
				void Promise.reject(new Error('rejected on purpose'));
			});
			await expect
				.poll(() => page.errors())
				.toEqual(
					expect.arrayContaining([
						expect.stringContaining('logged on purpose'),
						expect.stringContaining('thrown on purpose'),
						expect.stringContaining('rejected on purpose')
					])
				);
			await page.close();
		});
	});

	describe('the story inside a frame', () => {
		it('follows the steps in a 375-px iframe of an article on another site', async () => {
			const host = await serveHost();
			const url = host.page(
				'framed.html',
				`<iframe id="story" src="${engine.site()}" width="375" height="740" title="The story"></iframe>`
			);
			const page = await engine.open(url, { viewport: DESKTOP });
			const story = page.frame('#story');
			await waitForSelector(story, '[data-graphic][data-settled-step]', 10_000);
			for (const step of copy.steps.slice(1, 4)) {
				await scrollToStep(story, step.id);
				await waitForStep(story, step.id, step.graphic);
			}
			await page.close();
			await host.close();
		});
	});

	describe("the site's own font", () => {
		// the headline (bold) and the text (regular) are on each page's first screen; served with
		// the strict policy, whose default-src 'self' is what lets the font files in
		for (const path of ['./', 'embed.html?graphic=theft-vs-launches', './?mode=present']) {
			it(`sets ${path} in Source Sans 3 from the site, as wide as the layout measured it`, async () => {
				const page = await engine.open(path, { viewport: PHONE, csp: true });
				await waitForSelector(page, '[data-graphic][data-settled-step]', 10_000);
				expect(await loadedFaces(page)).toEqual(['400', '600 700']);
				const used = await page.evaluate(() => ({
					text: getComputedStyle(document.querySelector('p') as Element).fontFamily,
					label: getComputedStyle(document.querySelector('[data-graphic] svg text') as Element)
						.fontFamily
				}));
				expect(used.text).toMatch(/^"?Source Sans 3"?,/);
				expect(used.label).toMatch(/^"?Source Sans 3"?,/);
				// the glyphs drawn are the shipped font's: a line is as wide as the labels' placement
				// measured it from the font files (src/lib/place/measure.ts); a fallback, even one
				// adjusted to take about the same room, is off by more than this
				const drawn = await page.evaluate(sample => {
					const context = document.createElement('canvas').getContext('2d');
					if (!context) return null;
					context.fontKerning = 'none';
					return [400, 700].map(weight => {
						context.font = `${weight} 100px "Source Sans 3", monospace`;
						return context.measureText(sample).width;
					});
				}, SAMPLE);
				expect(drawn).not.toBeNull();
				expect(drawn![0]! / textWidth(SAMPLE, 100, 400)).toBeCloseTo(1, 2);
				expect(drawn![1]! / textWidth(SAMPLE, 100, 700)).toBeCloseTo(1, 2);
				expect(await page.violations()).toEqual([]);
				expect(await page.errors()).toEqual([]);
				await page.close();
			});
		}
	});
});

// Chromium only: the other drivers cannot emulate prefers-reduced-motion (engines/firefox.ts)
describe('chromium: the story under prefers-reduced-motion', () => {
	it('changes the picture instantly', async () => {
		const { page, close } = await openPage('./', { viewport: DESKTOP, reducedMotion: 'reduce' });
		const [a, b] = [copy.steps[1]!, copy.steps[2]!];
		await scrollPlaywright(page, a.id);
		await waitPlaywright(page, a.id, a.graphic);
		await scrollPlaywright(page, b.id);
		const started = Date.now();
		await waitPlaywright(page, b.id, b.graphic);
		// a transition takes STEP_DURATION; reduced motion settles within a few frames of the change
		expect(Date.now() - started).toBeLessThan(STEP_DURATION - 100);
		await close();
	});
});

// desktop Chrome on Windows (and Firefox everywhere but on phones) keeps a classic scrollbar that
// narrows the page: every step again at desktop width, with one
withClassicScrollbar(engine => {
	it('is drawn: the viewport is narrower than the window by the scrollbar', async () => {
		const page = await engine.open('./', { viewport: DESKTOP });
		const bar = await page.evaluate(() => innerWidth - document.documentElement.clientWidth);
		expect(bar).toBeGreaterThanOrEqual(12);
		await page.close();
	});

	it(
		"settles the graphic in each step's state at desktop width, laid out whole",
		() => readEveryStep(engine, 'desktop', DESKTOP),
		WALK_TIMEOUT
	);
});
