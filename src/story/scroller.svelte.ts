/**
 * The only importer of scrollama (STYLE.md P7). An attachment for the element that holds the
 * steps: it reports the index of the active step and cleans up after itself.
 *
 * The active step is recomputed from the steps' positions (lib/steps.ts#activeIndex) on every
 * scrollama event, enter or exit, rather than taken from the event: after a fast scroll, a jump
 * to an anchor or a reload mid-page, events can come out of order or not at all for skipped
 * steps, but the geometry is always right. Nothing runs on the scroll event itself; scrollama
 * works with IntersectionObserver.
 */
import scrollama from 'scrollama';
import type { Attachment } from 'svelte/attachments';
import { activeIndex } from '../lib/steps.ts';

/** Where the trigger line sits, as a share of the viewport height from its top. */
export const TRIGGER_OFFSET = 0.5;

export interface ScrollerOptions {
	/** Called with the active step's index whenever it may have changed. */
	onStep: (index: number) => void;
	/** A step to bring to the trigger line before anything else (a deep link), by index. */
	startAt?: number | null;
	/** Selects the step elements inside the attached container. */
	selector?: string;
}

export function scroller({
	onStep,
	startAt = null,
	selector = '[data-step-id]'
}: ScrollerOptions): Attachment<HTMLElement> {
	return container => {
		const steps = [...container.querySelectorAll<HTMLElement>(selector)];
		if (steps.length === 0) return;
		const triggerY = () => window.innerHeight * TRIGGER_OFFSET;
		const report = () =>
			onStep(
				activeIndex(
					steps.map(s => s.getBoundingClientRect().top),
					triggerY()
				)
			);
		const start = startAt === null ? undefined : steps[startAt];
		if (start) {
			// put the step's top just above the trigger line: that step, and no other, is active
			const y = window.scrollY + start.getBoundingClientRect().top - triggerY() + 2;
			window.scrollTo({ top: Math.max(0, y), behavior: 'instant' });
		}
		const instance = scrollama()
			.setup({ step: steps, offset: TRIGGER_OFFSET })
			.onStepEnter(report)
			.onStepExit(report);
		report();
		return () => instance.destroy();
	};
}
