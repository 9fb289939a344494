/**
 * The map shapes, fetched from the site's own origin when a map is near, once per page, with a
 * state a map can show: loading, ready, or failed with a retry. Never during the page's first
 * load: a request made before the load event waits for it, so the shapes cannot delay the text
 * and the first graphic (the circles are drawn without them; the land fades in). The offline
 * build has them inline instead (src/build/offline-plugin.ts).
 */
import { untrack } from 'svelte';
import type { ExchangeLand } from '../exchange-map/base.ts';
import type { LaunchLand } from '../launch-site-map/land.ts';
import { GEO_FILES, inlineGeoId, type GeoName } from '../../lib/geo-files.ts';
import { fetchJson } from '../../lib/fetch-json.ts';
import { afterPageLoad } from '../after-load.ts';

export interface GeoShapes {
	world: ExchangeLand;
	korea: LaunchLand;
}

export type ShapeStatus = 'idle' | 'loading' | 'ready' | 'error';

class Shapes<K extends GeoName> {
	status = $state<ShapeStatus>('idle');
	data = $state.raw<GeoShapes[K] | null>(null);
	error = $state<string | null>(null);
	readonly #name: K;

	constructor(name: K) {
		this.#name = name;
	}

	/**
	 * Starts the download, once: after a failure only `retry` tries again. Reads its state without
	 * tracking it, so an effect that calls this does not re-run (and re-fetch) as the state changes.
	 */
	load(): void {
		if (untrack(() => this.status) !== 'idle') return;
		this.status = 'loading';
		this.error = null;
		// the offline build carries the shapes inside its one HTML file
		const inline = document.getElementById(inlineGeoId(this.#name));
		if (inline?.textContent) {
			try {
				this.data = JSON.parse(inline.textContent) as GeoShapes[K];
				this.status = 'ready';
			} catch (err) {
				this.error = `the shapes in this file are damaged (${String(err)})`;
				this.status = 'error';
			}
			return;
		}
		afterPageLoad()
			.then(() => fetchJson(GEO_FILES[this.#name]))
			.then(data => {
				this.data = data as GeoShapes[K];
				this.status = 'ready';
			})
			.catch((err: unknown) => {
				this.error = err instanceof Error ? err.message : String(err);
				this.status = 'error';
			});
	}

	/** Tries again after a failure. */
	retry(): void {
		if (untrack(() => this.status) === 'error') this.status = 'idle';
		this.load();
	}
}

const loaders: { [K in GeoName]?: Shapes<K> } = {};

/** The one loader for a shape file (created on first use; nothing is fetched until `load`). */
export function shapes<K extends GeoName>(name: K): Shapes<K> {
	const existing = loaders[name] as Shapes<K> | undefined;
	if (existing) return existing;
	const created = new Shapes(name);
	(loaders as Record<string, unknown>)[name] = created;
	return created;
}
