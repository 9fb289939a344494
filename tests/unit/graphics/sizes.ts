import { copy } from 'virtual:story';
import { expect, it } from 'vitest';
import type { GraphicId, GraphicView } from '../../../src/graphics/registry.ts';

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

/**
 * The plot sizes the story page gives its graphics at the widths readers use (measured in
 * Chromium on the built page, the smallest height seen across steps, then clamped as `Figure`
 * does): a 320 × 568 and a 375 × 667 phone (the graphic above the text), a 768 × 1024 tablet,
 * a 1280 × 800 desktop (the graphic beside the text).
 */
export const READER_SIZES = [
	{ viewport: 320, width: 294, height: 240 },
	{ viewport: 375, width: 348, height: 244 },
	{ viewport: 768, width: 729, height: 564 },
	{ viewport: 1280, width: 717, height: 623 }
] as const;

/**
 * One test per step of the real copy that shows `graphic`, at each of SIZES, with the step's view
 * typed for that graphic; and one test that the copy has at least `atLeast` such steps.
 */
export function eachStepAtSizes<G extends GraphicId>(
	graphic: G,
	what: string,
	check: (view: GraphicView<G>, size: (typeof SIZES)[number], id: string) => void,
	atLeast = 3
): void {
	const steps = copy.steps.filter(s => s.graphic === graphic);
	it(`the copy has at least ${atLeast} steps for ${graphic}`, () =>
		expect(steps.length).toBeGreaterThanOrEqual(atLeast));
	for (const step of steps)
		for (const size of SIZES)
			it(`"${step.id}" at ${size.width}×${size.height}${what}`, () =>
				check(step.view as GraphicView<G>, size, step.id));
}
