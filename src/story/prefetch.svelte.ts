/**
 * Fetches a map's shapes while the reader is still a few steps away from the map, never at first
 * paint (the loader waits for the page's load event). Call during a component's setup.
 */
import { SHAPES_FOR } from '../graphics/geo/needs.ts';
import { shapes } from '../graphics/geo/shapes.svelte.ts';
import type { Step } from './copy.ts';

/** How many steps ahead a map's shapes start downloading. */
export const PREFETCH_AHEAD = 2;

export function prefetchShapesNear(steps: () => readonly Step[], active: () => number): void {
	$effect(() => {
		const index = active();
		for (const near of steps().slice(Math.max(0, index - 1), index + PREFETCH_AHEAD + 1)) {
			const name = SHAPES_FOR[near.graphic];
			if (name) shapes(name).load();
		}
	});
}
