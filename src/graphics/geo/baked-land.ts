/**
 * Whether a map's land is being written into HTML at build time (the story's opening graphic,
 * src/story/OpeningPicture.svelte) rather than drawn live. Live, ZoomedLand places the whole
 * projected plane with a CSS transform; baked, it draws only what its frame shows, already moved
 * there, in an SVG that scales with the graphic's own (the HTML is shown at more than one size,
 * and carries no style attributes, which the page's Content-Security-Policy would refuse).
 *
 * A context, set by the build's renderer only: the browser never sets it, so the clipping code
 * (src/lib/plane-clip.ts) stays out of the graphic's chunk.
 */
import { getContext, setContext } from 'svelte';
import type { Size } from '../../lib/box.ts';
import type { clipPlanePaths } from '../../lib/plane-clip.ts';

export interface BakedLand {
	/** The size the graphic is drawn at: the land's SVG has the same viewBox as the graphic's. */
	size: Size;
	/** Cuts the plane's outlines to what the frame shows, in the frame's pixels. */
	clip: typeof clipPlanePaths;
}

const KEY = Symbol('baked-land');

/** Called by the build's renderer, while the component around the map initialises. */
export function bakeLand(baked: BakedLand): void {
	setContext(KEY, baked);
}

/** The baking in force, or undefined live. Call while a component initialises. */
export function bakedLand(): BakedLand | undefined {
	return getContext<BakedLand | undefined>(KEY);
}
