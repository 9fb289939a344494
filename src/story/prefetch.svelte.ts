/**
 * Fetches what the next steps need while the reader is still a few steps away: their graphics'
 * chunks and their maps' shapes. Only once the graphic being read has drawn (its chunk, and a
 * map's land: GraphicSwitch.svelte marks it), and never during the page's first load (the shapes
 * loader and this wait for the load event): the graphic on screen never shares the network with
 * the ones after it, so the first screen downloads only what it shows. Call during a component's
 * setup.
 */
import { afterPageLoad } from '../graphics/after-load.ts';
import { shapes } from '../graphics/geo/shapes.svelte.ts';
import { GRAPHICS } from '../graphics/registry.ts';
import type { StepView } from './types.ts';
import { parts } from './parts.svelte.ts';

/** How many steps ahead a graphic and its shapes start downloading. */
export const PREFETCH_AHEAD = 2;

export function prefetchNear(steps: () => readonly StepView[], active: () => number): void {
	$effect(() => {
		const index = active();
		const current = steps()[index];
		if (!current || !parts.drawn[current.graphic]) return;
		const near = steps().slice(Math.max(0, index - 1), index + PREFETCH_AHEAD + 1);
		for (const step of near) {
			const name = GRAPHICS[step.graphic].shapes;
			if (name) shapes(name).load();
		}
		void afterPageLoad().then(() => {
			for (const step of near) parts.load(step.graphic);
		});
	});
}
