/**
 * The `theft-vs-launches` graphic as pure functions:
 *   spec(view, data)               → the numbers that change between steps, tweened (spec.ts);
 *   layout(spec, view, data, size) → every mark in pixels, labels included (layout.ts, panel.ts).
 * `theftVsLaunchesState(view, data, size)` composes the two: the settled picture at a step.
 */
import { type Size } from '../../lib/box.ts';
import type { TheftVsLaunchesView } from './view.ts';
import { type TheftVsLaunchesData, theftVsLaunchesSpec } from './spec.ts';
import { type TheftVsLaunchesLayout, theftVsLaunchesLayout } from './layout.ts';

export * from './spec.ts';
export * from './panel.ts';
export * from './layout.ts';

/** The settled picture at a step. */
export function theftVsLaunchesState(
	view: TheftVsLaunchesView,
	data: TheftVsLaunchesData,
	size: Size
): TheftVsLaunchesLayout {
	return theftVsLaunchesLayout(theftVsLaunchesSpec(view, data), view, data, size);
}
