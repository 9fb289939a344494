/**
 * Animates a graphic's spec from one step to the next and says when it has settled.
 *
 * The spec (plain numbers: domains, emphasis, sizes) is tweened with svelte/motion's Tween, field
 * by field (lib/interpolate.ts); the marks are recomputed from `current` on every frame, so the animated and the
 * static picture come from the same layout function (STYLE.md P8). Under
 * `prefers-reduced-motion: reduce`, and when only the size changed, the change is instant.
 *
 * `settled` is the id of the step whose picture is fully drawn, or null mid-transition; the
 * graphic exposes it as `data-settled-step` for tests and for anything waiting on the picture.
 */
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { interpolateSpec } from '../lib/interpolate.ts';
import { stepEasing, transitionDuration } from '../lib/motion.ts';

export class StepTween<T extends object> {
	#tween: Tween<T>;
	#step: string;
	#token = 0;
	settled = $state<string | null>(null);

	/**
	 * Must be created while a component initialises (it registers an effect).
	 * @param target the spec of the active step (read reactively)
	 * @param step the active step's id (read reactively)
	 */
	constructor(target: () => T, step: () => string) {
		this.#step = step();
		// specs of one shape tween field by field
		this.#tween = new Tween<T>(target(), {
			easing: stepEasing,
			interpolate: interpolateSpec
		});
		this.settled = this.#step;
		$effect.pre(() => this.#go(target(), step()));
	}

	get current(): T {
		return this.#tween.current;
	}

	#go(target: T, step: string): void {
		const changed = step !== this.#step;
		this.#step = step;
		const token = ++this.#token;
		const duration = transitionDuration(prefersReducedMotion.current, changed);
		if (duration > 0) this.settled = null;
		this.#tween.set(target, { duration }).then(() => {
			// a newer step may have started meanwhile; only the latest may declare itself settled
			if (token === this.#token) this.settled = step;
		});
	}
}
