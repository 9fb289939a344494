/**
 * How a step picks marks out: the ones it names stay at full strength, the others dim to one
 * shared opacity, the same for bars, circles, points and their labels in every graphic. Pure.
 */

/**
 * Opacity of a mark a step does not pick out. 0.4 keeps the faintest dimmed colour (the pink of
 * "other" thefts on white) at 1.5:1 against the page and every dimmed colour above 2.2:1 on the
 * dark page, so a dimmed mark is still seen, while a picked mark stands 2 to 4 times stronger.
 */
export const DIMMED = 0.4;

/** Opacity for an emphasis from 0 (not picked) to 1 (picked or nothing picked); tweens between. */
export function emphasised(emphasis: number): number {
	return DIMMED + (1 - DIMMED) * emphasis;
}
