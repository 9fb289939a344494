/**
 * How the graphics move between steps: one duration and one easing for the whole package,
 * so every transition feels the same and a test can switch motion off in one place.
 */
import { easeCubicInOut } from 'd3-ease';

/** Milliseconds a step change takes (the brief asks for roughly 0.5–0.8 s). */
export const STEP_DURATION = 500;

/** Easing for step changes: slow start and end, so the eye can follow marks that move. */
export const stepEasing: (t: number) => number = easeCubicInOut;

/**
 * The duration of one transition: none when the reader asked for reduced motion, and none when
 * only the size changed (a resize re-lays the picture out, it is not a new step).
 */
export function transitionDuration(reducedMotion: boolean, stepChanged: boolean): number {
	return reducedMotion || !stepChanged ? 0 : STEP_DURATION;
}
