/**
 * The `theft-launch-scatter` graphic as pure functions:
 *   spec(view, data)               → the tweened numbers (spec.ts);
 *   layout(spec, view, data, size) → every mark in pixels (layout.ts).
 */
import { type Size } from '../../lib/box.ts';
import type { TheftLaunchScatterView } from './view.ts';
import { type TheftLaunchScatterData, theftLaunchScatterSpec } from './spec.ts';
import { type TheftLaunchScatterLayout, theftLaunchScatterLayout } from './layout.ts';

export * from './spec.ts';
export * from './layout.ts';

/** The settled picture at a step. */
export function theftLaunchScatterState(
	view: TheftLaunchScatterView,
	data: TheftLaunchScatterData,
	size: Size
): TheftLaunchScatterLayout {
	return theftLaunchScatterLayout(theftLaunchScatterSpec(view, data), view, data, size);
}
