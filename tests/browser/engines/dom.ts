/**
 * What the cross-engine tests ask of a page, in the app's own test hooks (DESIGN.md §4:
 * `data-step-id`, `aria-current="step"`, `data-graphic`, `data-settled-step`), on top of the
 * engine-neutral Frame: each is one `evaluate` or one `waitFor`, so the slowest driver (WebKit's,
 * a round trip per call) stays quick.
 */
import type { Frame, TestPage } from './types.ts';

/** Waits until `selector` matches an element that has a box and is not hidden. */
export async function waitForSelector(frame: Frame, selector: string, timeout = 5000) {
	await frame.waitFor(
		sel => {
			const el = document.querySelector(sel);
			if (!el) return false;
			const box = el.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
		},
		selector,
		timeout
	);
}

/** The attribute `name` of the first element `selector` matches (null if none, or no attribute). */
export function attr(frame: Frame, selector: string, name: string): Promise<string | null> {
	return frame.evaluate(([sel, n]) => document.querySelector(sel)?.getAttribute(n) ?? null, [
		selector,
		name
	] as const);
}

/** The attribute `name` of every element `selector` matches, in document order. */
export function attrs(frame: Frame, selector: string, name: string): Promise<string[]> {
	return frame.evaluate(
		([sel, n]) => [...document.querySelectorAll(sel)].map(el => el.getAttribute(n) ?? ''),
		[selector, name] as const
	);
}

/** The text of the first element `selector` matches (null if none). */
export function text(frame: Frame, selector: string): Promise<string | null> {
	return frame.evaluate(sel => document.querySelector(sel)?.textContent ?? null, selector);
}

/**
 * A real click on the first `selector` whose text is `name` (what a reader reads on a button),
 * found in the page and marked for the engine's click with `data-test-click`.
 */
export async function clickText(page: TestPage, selector: string, name: string): Promise<void> {
	const found = await page.evaluate(
		([sel, text]) => {
			const el = [...document.querySelectorAll(sel)].find(e => e.textContent?.trim() === text);
			el?.setAttribute('data-test-click', '');
			return el !== undefined;
		},
		[selector, name] as const
	);
	if (!found) throw new Error(`no ${selector} that reads "${name}"`);
	await page.click('[data-test-click]');
	await page.evaluate(() =>
		document.querySelector('[data-test-click]')?.removeAttribute('data-test-click')
	);
}

export function count(frame: Frame, selector: string): Promise<number> {
	return frame.evaluate(sel => document.querySelectorAll(sel).length, selector);
}

/** The ids of the story's steps, in order. */
export function stepIds(frame: Frame): Promise<string[]> {
	return attrs(frame, '[data-step-id]', 'data-step-id');
}

/**
 * In the page: scrolls the way a reader does (a real scroll of the window, which fires the
 * observers) until the step's top is just past the trigger line (the steps list says where it is,
 * in `data-trigger`). Shared with page.ts's Playwright helper.
 */
export function bringStepToTrigger(stepId: string): void {
	const el = document.querySelector(`[data-step-id="${CSS.escape(stepId)}"]`);
	if (!el) throw new Error(`no step ${stepId}`);
	const trigger = Number(el.closest('[data-trigger]')?.getAttribute('data-trigger') ?? 0.5);
	const y = window.scrollY + el.getBoundingClientRect().top - window.innerHeight * trigger + 40;
	window.scrollTo({ top: y, behavior: 'instant' });
}

/**
 * Scrolls to a step once the story is live: the page paints before its script brings the steps to
 * life (`data-live` on the list), and until then the list's trigger is the prerendered default.
 */
export async function scrollToStep(frame: Frame, id: string): Promise<void> {
	await waitForSelector(frame, '[data-trigger][data-live]');
	await frame.evaluate(bringStepToTrigger, id);
}

/**
 * Waits until the step is the current one and the graphic has settled on it (a transition takes
 * half a second; the wait allows for a machine shared with other builds).
 */
export async function waitForStep(frame: Frame, id: string, graphic: string, timeout = 10_000) {
	await waitForSelector(frame, `[data-step-id="${id}"][aria-current="step"]`, timeout);
	await waitForSelector(frame, `[data-graphic="${graphic}"][data-settled-step="${id}"]`, timeout);
}

/** The Source Sans 3 faces the document has loaded, by weight ("400", "600 700"), once fonts settle. */
export function loadedFaces(frame: Frame): Promise<string[]> {
	return frame.evaluate(async () => {
		await document.fonts.ready;
		return [...document.fonts]
			.filter(f => f.family.replace(/"/g, '') === 'Source Sans 3' && f.status === 'loaded')
			.map(f => f.weight)
			.sort();
	});
}
