/**
 * The state of a briefing, shared by the presentation window (?mode=present) and the notes window
 * (?mode=notes): which step is showing, nothing else. Every way of moving (a key, a button, a
 * changed hash, the other window) goes through `go`, and the picture is a function of the index.
 *
 * - The URL hash follows the step (replaceState: no history entry per step), so a reload or a
 *   shared link opens the same step.
 * - The two windows stay in step through a BroadcastChannel. A window posts only the moves made
 *   in it, never the ones it was told about, so the two cannot echo each other.
 */
import { parseBriefingMessage } from '../../lib/briefing.ts';
import { stepIndexFromHash } from '../../lib/steps.ts';
import type { Step } from '../../story/types.ts';
import { prefetchNear } from '../../story/prefetch.svelte.ts';

/** One channel per story page, so two stories open in one browser don't steer each other. */
const channelName = () => `briefing:${location.pathname}`;

export class Briefing {
	index = $state(0);
	readonly steps: readonly Step[];
	readonly #ids: string[];
	#channel: BroadcastChannel | null = null;

	constructor(steps: readonly Step[]) {
		this.steps = steps;
		this.#ids = steps.map(s => s.id);
		this.index = this.#fromHash() ?? 0;
	}

	get step(): Step {
		return this.steps[this.index] ?? (this.steps[0] as Step);
	}

	/** The step after this one, or null at the end. */
	get next(): Step | null {
		return this.steps[this.index + 1] ?? null;
	}

	get count(): number {
		return this.steps.length;
	}

	/** Moves to a step: the picture, the hash, and (when `tell` is on) the other window follow. */
	go(index: number, tell = true): void {
		const clamped = Math.min(this.steps.length - 1, Math.max(0, index));
		this.index = clamped;
		const hash = `#${encodeURIComponent(this.#ids[clamped] ?? '')}`;
		if (location.hash !== hash) history.replaceState(history.state, '', hash);
		if (tell) this.#channel?.postMessage({ type: 'step', id: this.#ids[clamped] });
	}

	/**
	 * Listens to the hash and the other window; says hello so an open window tells this one where
	 * the briefing is. Returns the cleanup (for an effect).
	 */
	connect(): () => void {
		const onHash = () => {
			const index = this.#fromHash();
			if (index !== null && index !== this.index) this.go(index);
		};
		window.addEventListener('hashchange', onHash);
		const channel =
			typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName());
		this.#channel = channel;
		if (channel) {
			channel.onmessage = event => {
				const message = parseBriefingMessage(event.data, this.#ids);
				if (message?.type === 'hello') channel.postMessage({ type: 'step', id: this.step.id });
				else if (message?.type === 'step') this.go(this.#ids.indexOf(message.id), false);
			};
			channel.postMessage({ type: 'hello' });
		}
		// the hash names the step from the start, even when the page opened without one
		this.go(this.index, false);
		return () => {
			window.removeEventListener('hashchange', onHash);
			channel?.close();
			this.#channel = null;
		};
	}

	#fromHash(): number | null {
		return stepIndexFromHash(location.hash, this.#ids);
	}
}

/**
 * A briefing for a page: connected to the hash and the other window while the page is open, and
 * fetching map shapes a few steps ahead. Call during a component's setup.
 */
export function startBriefing(steps: readonly Step[]): Briefing {
	const briefing = new Briefing(steps);
	$effect(() => briefing.connect());
	prefetchNear(
		() => briefing.steps,
		() => briefing.index
	);
	return briefing;
}
