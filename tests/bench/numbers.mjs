// The bench's one rounding, for every figure it reports.

/**
 * `x` to `digits` decimals; a missing figure (null or undefined) stays missing, as null.
 * @param {number | null | undefined} x
 * @param {number} [digits]
 * @returns {number | null}
 */
export const round = (x, digits = 0) =>
	x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;
