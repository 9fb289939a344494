/**
 * The only importer of scrollama (STYLE.md P7). An attachment for the element that holds the
 * steps: it reports the index of the active step and cleans up after itself.
 *
 * The active step is recomputed from the steps' positions (lib/steps.ts#activeIndex) on every
 * scrollama event, enter or exit, rather than taken from the event: after a fast scroll, a jump
 * to an anchor or a reload mid-page, events can come out of order or not at all for skipped
 * steps, but the geometry is always right. None of our code runs on the scroll event; scrollama
 * works with IntersectionObservers, but also listens to `scroll` to track the direction (it reads
 * `window.pageYOffset`, which brings layout up to date: the bench's trace shows its cost).
 *
 * A step that scrolling reaches is reported in a task of its own, after scrollama's observer
 * callback: that callback has just brought layout up to date, and a new graphic mounting in the
 * same task made it one task too long for a phone (the bench's long tasks).
 */
import scrollama from 'scrollama';
import type { Attachment } from 'svelte/attachments';
import { activeIndex } from '../lib/steps.ts';

type Offset = 0 | 0.1 | 0.2 | 0.3 | 0.4 | 0.5 | 0.6 | 0.7 | 0.8 | 0.9 | 1;

export interface ScrollerOptions {
	/** Called with the active step's index whenever it may have changed. */
	onStep: (index: number) => void;
	/** Where the trigger line sits, as a share of the viewport height from its top. */
	offset: Offset;
	/** A step to bring to the trigger line before anything else (a deep link), by index. */
	startAt?: number | null;
	/**
	 * The step a URL hash names, for in-page links (`#theft-2018`) followed after load. Steps carry
	 * no `id`, so the browser's own jump (which would put the step at the top of the screen, past
	 * the trigger line) never competes with this one.
	 */
	stepFromHash?: (hash: string) => number | null;
	/** Selects the step elements inside the attached container. */
	selector?: string;
}

export function scroller({
	onStep,
	offset,
	startAt = null,
	stepFromHash,
	selector = '[data-step-id]'
}: ScrollerOptions): Attachment<HTMLElement> {
	return container => {
		const steps = [...container.querySelectorAll<HTMLElement>(selector)];
		if (steps.length === 0) return;
		const triggerY = () => window.innerHeight * offset;
		// read where the steps are now, while layout is fresh; say which is active in the next task
		const active = () =>
			activeIndex(
				steps.map(s => s.getBoundingClientRect().top),
				triggerY()
			);
		let pending: ReturnType<typeof setTimeout> | undefined;
		const report = () => {
			const index = active();
			clearTimeout(pending);
			pending = setTimeout(() => onStep(index));
		};
		// put the step's top just above the trigger line: that step, and no other, is active
		const bringToTrigger = (index: number | null) => {
			const step = index === null ? undefined : steps[index];
			if (!step) return;
			const y = window.scrollY + step.getBoundingClientRect().top - triggerY() + 2;
			window.scrollTo({ top: Math.max(0, y), behavior: 'instant' });
		};
		bringToTrigger(startAt);
		const onHash = () => bringToTrigger(stepFromHash?.(location.hash) ?? null);
		window.addEventListener('hashchange', onHash);
		// the document as the observers' root, not the implicit one: in an iframe (a CMS that frames
		// the story, the WebKit tests' phone-width frame) the implicit root is the top page's
		// viewport, and the part of a step that the phone trigger line's margin reaches below the
		// frame is clipped away, so no step ever entered. At the top, the two are the same viewport.
		// (scrollama passes `root` to IntersectionObserver; its types leave it out.)
		const options = { step: steps, offset, root: document };
		const instance = scrollama()
			.setup(options as Parameters<ReturnType<typeof scrollama>['setup']>[0])
			.onStepEnter(report)
			.onStepExit(report);
		onStep(active());
		return () => {
			clearTimeout(pending);
			window.removeEventListener('hashchange', onHash);
			instance.destroy();
		};
	};
}
