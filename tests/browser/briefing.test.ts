/**
 * Briefing mode (?mode=present) driven the way a presenter does: every key a keyboard or a
 * clicker sends and the hash that follows the step (so a reload returns to it), in Chromium,
 * Firefox and WebKit; then, in Chromium, the buttons, the counter, full screen, and the notes
 * window (?mode=notes) in step with the presentation window in both directions.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { copy } from 'virtual:story';
import { text, waitForSelector } from './engines/dom.ts';
import { eachEngine, type TestPage } from './engines/index.ts';
import { browser, closeBrowser, DESKTOP, openPage, PHONE } from './page.ts';

afterAll(closeBrowser);

const steps = copy.steps;
const last = steps.length - 1;

/** Waits until `page` shows step `i`: its text, the settled graphic, the counter and the hash. */
async function expectAt(page: Page, i: number, label = ''): Promise<void> {
	const step = steps[i]!;
	await page.waitForSelector(`[data-step-id="${step.id}"][aria-current="step"]`, { timeout: 5000 });
	await page.waitForSelector(`[data-graphic="${step.graphic}"][data-settled-step="${step.id}"]`, {
		timeout: 5000
	});
	expect(await page.textContent('[data-counter]'), label).toBe(`Step ${i + 1} / ${steps.length}`);
	expect(new URL(page.url()).hash, label).toBe(`#${step.id}`);
}

/** The same as expectAt, through the engine-neutral page. */
async function expectAtStep(page: TestPage, i: number, label = ''): Promise<void> {
	const step = steps[i]!;
	await waitForSelector(page, `[data-step-id="${step.id}"][aria-current="step"]`, 10_000);
	await waitForSelector(
		page,
		`[data-graphic="${step.graphic}"][data-settled-step="${step.id}"]`,
		10_000
	);
	expect(await text(page, '[data-counter]'), label).toBe(`Step ${i + 1} / ${steps.length}`);
	expect(new URL(await page.url()).hash, label).toBe(`#${step.id}`);
}

eachEngine(engine => {
	describe('briefing mode', () => {
		it('steps with every key a keyboard or a clicker sends, and keeps the step in the hash', async () => {
			const start = 3;
			const page = await engine.open(`./?mode=present#${steps[start]!.id}`);
			await expectAtStep(page, start, 'deep link');
			const presses: [string, number][] = [
				['ArrowRight', start + 1],
				['ArrowLeft', start],
				['PageDown', start + 1],
				['PageUp', start],
				['Space', start + 1],
				['Shift+Space', start],
				['ArrowDown', start + 1],
				['ArrowUp', start],
				['End', last],
				['ArrowRight', last],
				['Home', 0],
				['PageUp', 0]
			];
			for (const [key, expected] of presses) {
				await page.press(key);
				await expectAtStep(page, expected, key);
			}
			// nothing scrolls: a slide, not a page
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			expect(await page.errors()).toEqual([]);
			await page.close();
		});

		it('returns to the same step after a reload', async () => {
			const page = await engine.open('./?mode=present');
			await expectAtStep(page, 0, 'no hash: the first step');
			await page.press('PageDown');
			await page.press('PageDown');
			await expectAtStep(page, 2);
			await page.reload();
			await expectAtStep(page, 2, 'after reload');
			expect(await page.errors()).toEqual([]);
			await page.close();
		});
	});
});

describe('chromium: briefing mode', () => {
	it('steps with the buttons, which stop at the ends', async () => {
		const { page, close } = await openPage(`./?mode=present#${steps[last - 1]!.id}`, {
			viewport: PHONE
		});
		await expectAt(page, last - 1);
		const next = page.getByRole('button', { name: 'Next step' });
		await next.click();
		await expectAt(page, last);
		expect(await next.isDisabled()).toBe(true);
		// Space on the focused button presses it once: one step, not two
		const previous = page.getByRole('button', { name: 'Previous step' });
		await previous.focus();
		await page.keyboard.press('Space');
		await expectAt(page, last - 1);
		// one screen at 375 px: nothing wider or taller than the phone
		const overflow = await page.evaluate(() => ({
			x: document.documentElement.scrollWidth - window.innerWidth,
			y: document.documentElement.scrollHeight - window.innerHeight
		}));
		expect(overflow).toEqual({ x: 0, y: 0 });
		await close();
	});

	it('shows the step text as a caption in large type', async () => {
		const { page, close } = await openPage(`./?mode=present#${steps[0]!.id}`, {
			viewport: DESKTOP
		});
		await expectAt(page, 0);
		const caption = page.locator(`[data-step-id="${steps[0]!.id}"] p`).first();
		expect(await caption.textContent()).toBe(steps[0]!.text[0]);
		const size = await caption.evaluate(el => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(24);
		await close();
	});

	it('goes full screen with the button and with F', async () => {
		const { page, close } = await openPage('./?mode=present');
		await expectAt(page, 0);
		const button = page.getByRole('button', { name: 'Full screen' });
		await button.click();
		await page.waitForFunction(() => document.fullscreenElement !== null);
		await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
		await page.keyboard.press('f');
		await page.waitForFunction(() => document.fullscreenElement === null);
		await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
		await close();
	});

	it('explains an unknown mode and shows the story instead', async () => {
		const { page, errors, close } = await openPage('./?mode=slides');
		expect(await page.textContent('[role="alert"]')).toMatch(/no mode called "slides"/);
		expect(await page.locator('[data-step-id]').count()).toBe(steps.length);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('chromium: presenter notes', () => {
	it('follow the presentation window, and the presentation follows them', async () => {
		const context = await (await browser()).newContext({ viewport: DESKTOP });
		const present = await context.newPage();
		const notes = await context.newPage();
		const errors: string[] = [];
		for (const p of [present, notes]) p.on('pageerror', e => errors.push(e.message));
		const site = inject('baseURL');
		await present.goto(new URL(`./?mode=present#${steps[5]!.id}`, site).href);
		await expectAt(present, 5);
		// the notes window opens without a hash and asks the presentation where it is
		await notes.goto(new URL('./?mode=notes', site).href);
		await expectAt(notes, 5, 'notes opened');

		const notesOf = async (i: number) => {
			const step = steps[i]!;
			const shown = await notes.textContent(`[data-notes-for="${step.id}"]`);
			expect(shown).toContain(step.notes[0]);
			const next = steps[i + 1];
			if (next) expect(await notes.textContent('#next-title + *')).toContain(next.text[0]);
		};
		await notesOf(5);

		await present.keyboard.press('PageDown');
		await expectAt(present, 6);
		await expectAt(notes, 6, 'notes follow the presentation');
		await notesOf(6);

		await notes.keyboard.press('ArrowRight');
		await expectAt(notes, 7);
		await expectAt(present, 7, 'the presentation follows the notes');

		await notes.getByRole('button', { name: 'Previous step' }).click();
		await expectAt(present, 6, 'buttons in the notes steer too');

		await notes.keyboard.press('End');
		await expectAt(present, last);
		expect(await notes.textContent('#next-title + *')).toMatch(/end of the briefing/);

		// the clock shows a time, and the timer counts
		expect(await notes.textContent('[data-clock]')).toMatch(/\d{1,2}[:.]\d{2}/);
		expect(await notes.textContent('[aria-label="Time presenting"]')).toMatch(/^\d+:\d{2}$/);
		expect(errors).toEqual([]);
		await context.close();
	});
});
