/**
 * Each graphic is its own chunk (component, data, table) and its data files (src/data/fetch.ts),
 * fetched when its step is near: the story's first screen carries only the graphic it shows.
 * Loaded once per page; a failed download can be retried. The offline build inlines every chunk,
 * so nothing is fetched there.
 */
import { untrack } from 'svelte';
import { fetchDatasets } from '../data/fetch.ts';
import { GRAPHICS, loadPart, type GraphicId, type LoadedParts } from '../graphics/registry.ts';

export type PartStatus = 'idle' | 'loading' | 'ready' | 'error';

class PartLoader {
	loaded = $state.raw<LoadedParts>({});
	status = $state.raw<Partial<Record<GraphicId, PartStatus>>>({});
	/** The graphics that have drawn on the page (chunk, and a map's land), which prefetch.svelte.ts waits for. */
	drawn = $state.raw<Partial<Record<GraphicId, true>>>({});

	/** Starts the download of a graphic's chunk, once (after a failure only `retry` tries again). */
	load(id: GraphicId): void {
		if ((untrack(() => this.status[id]) ?? 'idle') !== 'idle') return;
		this.#set(id, 'loading');
		// the data files download beside the chunk (whose data modules wait for them): a failed
		// file fails the load, and a retry fetches it again
		Promise.all([loadPart(id), fetchDatasets(GRAPHICS[id].datasets)])
			.then(([part]) => {
				this.loaded = { ...untrack(() => this.loaded), [id]: part };
				this.#set(id, 'ready');
			})
			.catch(() => this.#set(id, 'error'));
	}

	/** Records that a graphic has drawn (GraphicSwitch.svelte). */
	drew(id: GraphicId): void {
		if (!untrack(() => this.drawn[id])) this.drawn = { ...untrack(() => this.drawn), [id]: true };
	}

	retry(id: GraphicId): void {
		if (untrack(() => this.status[id]) === 'error') this.#set(id, 'idle');
		this.load(id);
	}

	#set(id: GraphicId, status: PartStatus) {
		this.status = { ...untrack(() => this.status), [id]: status };
	}
}

/** The one loader of the page. */
export const parts = new PartLoader();
