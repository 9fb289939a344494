/** The sizes the graphics are tested at: the narrowest phone, a common phone, a desktop column. */
export const SIZES = [
	{ width: 320, height: 480 },
	{ width: 375, height: 560 },
	{ width: 720, height: 640 }
] as const;

/** True when every number in `values` is finite (no NaN, no Infinity reaches the SVG). */
export function allFinite(...values: number[]): boolean {
	return values.every(Number.isFinite);
}
