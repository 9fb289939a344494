/**
 * The drawing box of a graphic: its outer size and the margins that keep axes and labels inside.
 * Pure; every graphic's state function takes a `Size` and derives its own `Box` from it.
 */

export interface Size {
	width: number;
	height: number;
}

export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The area inside the margins, in the SVG's pixel coordinates. */
export interface Box extends Size {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** The size every graphic renders at before it has been measured (server render, snapshots). */
export const DEFAULT_SIZE: Size = Object.freeze({ width: 640, height: 480 });

/** Narrowest and shortest sizes a graphic lays out for; a smaller container scrolls or clips. */
const MIN_SIZE: Size = Object.freeze({ width: 280, height: 240 });

/** Clamps a measured size to the smallest size the layouts are designed for. */
export function clampSize(size: Size): Size {
	return {
		width: Math.max(MIN_SIZE.width, Math.round(size.width) || DEFAULT_SIZE.width),
		height: Math.max(MIN_SIZE.height, Math.round(size.height) || DEFAULT_SIZE.height)
	};
}

/** The inner box of `size` once `margins` are taken off. Never negative. */
export function innerBox(size: Size, margins: Margins): Box {
	const left = margins.left;
	const top = margins.top;
	const right = Math.max(left, size.width - margins.right);
	const bottom = Math.max(top, size.height - margins.bottom);
	return { left, top, right, bottom, width: right - left, height: bottom - top };
}
