/**
 * Whether a graphic is being written into HTML at build time (the story's opening graphic,
 * src/story/OpeningPicture.svelte) rather than drawn live. Two things differ for such a picture:
 *   - a map's land (geo/ZoomedLand.svelte): live, the whole projected plane is placed with a CSS
 *     transform; baked, only what the frame shows is drawn, already moved there, in an SVG that
 *     scales with the graphic's own (the HTML is shown at more than one size, and carries no style
 *     attributes, which the page's Content-Security-Policy would refuse);
 *   - the test hooks (GraphicRoot.svelte): a picture is not the live graphic, so it carries no
 *     `data-graphic` or `data-settled-step`, and nothing waiting for those mistakes it for one.
 *
 * A context, set by the build's renderer only: the browser never sets it, so the clipping code
 * (src/lib/plane-clip.ts) stays out of the graphics' chunks.
 */
import { getContext, setContext } from 'svelte';
import type { Size } from '../lib/box.ts';
import type { clipPlanePaths } from '../lib/plane-clip.ts';

export interface Baked {
	/** The size the graphic is drawn at: the land's SVG has the same viewBox as the graphic's. */
	size: Size;
	/** Cuts the plane's outlines to what the frame shows, in the frame's pixels. */
	clip: typeof clipPlanePaths;
}

const KEY = Symbol('baked');

/** Called by the build's renderer, while the component around the graphic initialises. */
export function bake(baked: Baked): void {
	setContext(KEY, baked);
}

/** The baking in force, or undefined live. Call while a component initialises. */
export function baked(): Baked | undefined {
	return getContext<Baked | undefined>(KEY);
}
