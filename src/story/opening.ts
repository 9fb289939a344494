/**
 * The sizes the story's opening graphic is written into the page at (src/story/OpeningPicture.svelte).
 * The plot's box depends on the screen: on a phone the graphic sits above the text (66svh high,
 * so its shape follows the phone's height), on a wide screen beside it. One drawing scaled into
 * both would shrink a phone's labels or stretch a desktop's map, so the page carries two, each at
 * the plot's box as measured in the built page at 375 × 667 and at 1280 × 800, and the story's
 * CSS shows the one for the screen (the same breakpoint as its layout). On another screen the
 * drawing scales into the box (its viewBox), and the live graphic, drawn at the measured size,
 * takes over once it has drawn. tests/browser/opening.test.ts measures the boxes again, so a
 * change of layout that leaves these behind fails there.
 */
import type { AnyGraphicPart } from '../graphics/part.ts';
import type { Size } from '../lib/box.ts';

export interface OpeningSize {
	/** Which screens show it (`data-screen`; story.css has the media query). */
	screen: 'narrow' | 'wide';
	size: Size;
	/** The viewport it was measured at. */
	viewport: Size;
}

export const OPENING_SIZES: readonly OpeningSize[] = [
	{ screen: 'narrow', size: { width: 348, height: 244 }, viewport: { width: 375, height: 667 } },
	{ screen: 'wide', size: { width: 717, height: 639 }, viewport: { width: 1280, height: 800 } }
];

/** What the build hands the page to draw the opening graphic with. */
export interface OpeningGraphic {
	/** The graphic's chunk (component, data), loaded at build time. */
	part: AnyGraphicPart;
	/** A map's shapes, the same the browser fetches (null for a chart). */
	shapes: unknown;
}
