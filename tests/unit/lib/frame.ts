import type { Box } from '../../../src/lib/box.ts';

/** A box by its top-left corner and size, the way the geometry tests write frames. */
export const frame = (left: number, top: number, width: number, height: number): Box => ({
	left,
	top,
	width,
	height,
	right: left + width,
	bottom: top + height
});
