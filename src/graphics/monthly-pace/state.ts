/**
 * The `monthly-pace` graphic as pure functions:
 *   spec(view, data)               → the tweened numbers (spec.ts);
 *   layout(spec, view, data, size) → every mark in pixels (layout.ts, labels.ts).
 */
import { type Size } from '../../lib/box.ts';
import type { MonthlyPaceView } from './view.ts';
import { type MonthlyPaceData, monthlyPaceSpec } from './spec.ts';
import { type MonthlyPaceLayout, monthlyPaceLayout } from './layout.ts';

export * from './spec.ts';
export * from './layout.ts';
export * from './labels.ts';

/** The settled picture at a step. */
export function monthlyPaceState(
	view: MonthlyPaceView,
	data: MonthlyPaceData,
	size: Size
): MonthlyPaceLayout {
	return monthlyPaceLayout(monthlyPaceSpec(view, data), view, data, size);
}
