/**
 * Under stress: resize storms, phone rotations, jumps between deep links, and 50 fast scroll
 * cycles from top to bottom and back all end on the step the page's geometry says is active, with
 * its graphic settled, no console error, and the JavaScript heap back within a small bound.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { closeBrowser, DESKTOP, openPage, PHONE, scrollToStep, waitForStep } from './page.ts';

afterAll(closeBrowser);

/** The step the geometry says is active: the last whose top has passed the trigger line. */
function expectedStep(page: Page): Promise<string> {
	return page.evaluate(() => {
		const list = document.querySelector('[data-trigger]')!;
		const trigger = window.innerHeight * Number(list.getAttribute('data-trigger'));
		let active = list.querySelector('[data-step-id]')!.getAttribute('data-step-id')!;
		for (const el of list.querySelectorAll('[data-step-id]'))
			if (el.getBoundingClientRect().top <= trigger) active = el.getAttribute('data-step-id')!;
		return active;
	});
}

/** Waits for the page to come to rest, then checks it shows the step its geometry says. */
async function expectConsistent(page: Page): Promise<void> {
	await page.waitForTimeout(300);
	const id = await expectedStep(page);
	const step = copy.steps.find(s => s.id === id)!;
	await waitForStep(page, step.id, step.graphic);
	expect(
		await page.$$eval('[aria-current="step"]', els => els.map(e => e.getAttribute('data-step-id')))
	).toEqual([id]);
}

/** JS heap in use after a full garbage collection (bytes). */
async function heapAfterGC(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize;
}

describe('under stress', () => {
	it('a resize storm and phone rotations end on the right step', async () => {
		const { page, errors, close } = await openPage('./', { viewport: DESKTOP });
		const step = copy.steps[12]!;
		await scrollToStep(page, step.id);
		await waitForStep(page, step.id, step.graphic);
		const sizes = [PHONE, DESKTOP, { width: 740, height: 375 }, { width: 800, height: 1280 }];
		for (let i = 0; i < 24; i++) await page.setViewportSize(sizes[i % sizes.length]!);
		await expectConsistent(page);
		// a phone turned to landscape and back
		for (const size of [PHONE, { width: 740, height: 375 }, PHONE]) {
			await page.setViewportSize(size);
			await expectConsistent(page);
		}
		expect(errors).toEqual([]);
		await close();
	});

	it('jumping between deep links lands on the last one', async () => {
		const { page, errors, close } = await openPage('./', { viewport: PHONE });
		await page.waitForSelector('[data-graphic][data-settled-step]');
		const order = [5, 30, 1, 22, 14, 27, 3, 18, 9, 25].map(i => copy.steps[i % copy.steps.length]!);
		for (const step of order) await page.evaluate(id => (location.hash = id), step.id);
		const last = order.at(-1)!;
		await waitForStep(page, last.id, last.graphic);
		await expectConsistent(page);
		expect(errors).toEqual([]);
		await close();
	});

	it('50 fast scroll cycles, top to bottom and back, end on the right step with the heap in bounds', async () => {
		const { page, errors, close } = await openPage('./', { viewport: PHONE });
		await page.waitForSelector('[data-graphic][data-settled-step]');
		const cycle = (n: number) =>
			page.evaluate(async cycles => {
				const frame = () => new Promise(r => requestAnimationFrame(r));
				const bottom = document.documentElement.scrollHeight;
				for (let i = 0; i < cycles; i++) {
					for (const y of [bottom * 0.3, bottom * 0.6, bottom, bottom * 0.5, 0]) {
						window.scrollTo({ top: y, behavior: 'instant' });
						await frame();
					}
				}
			}, n);
		// warm up: every step shown once (every graphic and both maps drawn) and 50 cycles, so the
		// engine's caches and compiled code are in place
		for (const step of copy.steps) await scrollToStep(page, step.id);
		await cycle(50);
		await scrollToStep(page, copy.steps[0]!.id);
		await expectConsistent(page);
		const before = await heapAfterGC(page);
		await cycle(50);
		await scrollToStep(page, copy.steps[0]!.id);
		await page.waitForTimeout(500);
		const after = await heapAfterGC(page);
		// Measured on this machine: about 530 KB after 10 cycles, 600 KB after 50, 820 KB after 150;
		// the fixed part is the measuring and the engine's caches, and what grows with use is about
		// 1.5 KB a cycle. 50 cycles change the step about 250 times, so 1 MB would mean 2 KB kept
		// per change: a leaked graphic, tween or observer per step would be far more.
		expect(after - before).toBeLessThan(1024 * 1024);
		await expectConsistent(page);
		const middle = copy.steps[16]!;
		await scrollToStep(page, middle.id);
		await waitForStep(page, middle.id, middle.graphic);
		await expectConsistent(page);
		expect(errors).toEqual([]);
		await close();
	});
});
