/**
 * Every graphic of the package, once. A graphic is a folder (src/graphics/<id>/) and a row here:
 * its id (the URL and test-hook contract of DESIGN.md §4), the loader of its chunk (component,
 * data, table: `part.ts`), the map shapes it draws on, and which of its step keys name records in
 * the data. Everything else that depends on the list of graphics is derived from this table: the
 * ids, the view type of each graphic, the shapes the story prefetches, the table of a step, the
 * embed's loaders (src/build/dataset-plugin.ts) and the copy's reference checks
 * (src/story/copy.ts).
 *
 * Plain data and lazy loaders: safe for the browser, which downloads a graphic's chunk only when
 * its step is near. The view schemas (what a step may ask of each graphic, checked when the copy
 * is built) are build-time code and live in ./views.ts, held to this table by its types.
 */
import type { DatasetName } from '../data/files.ts';
import type { GeoName } from '../lib/geo-files.ts';
import type { DataTable } from '../lib/table.ts';
import type { AnyGraphicPart } from './part.ts';

/** Which records a step key may name: incidents (data/exchange-hacks.json) or launch sites. */
export type RecordPool = 'incidents' | 'sites';

export interface GraphicEntry<Chunk = unknown> {
	/**
	 * The type of the graphic's chunk, `src/graphics/<id>/part.ts` (`export default graphicPart(…)`);
	 * a type only: `loadPart` loads the chunk by the graphic's folder name.
	 */
	part?: Chunk;
	/** The map shapes it draws on (fetched when its step is near), or null. */
	shapes: GeoName | null;
	/**
	 * The datasets its chunk draws (what its part.ts imports from src/data), fetched beside the
	 * chunk in the published site (src/data/fetch.ts); a test holds this to the imports.
	 */
	datasets: readonly DatasetName[];
	/** Step keys (`state.<key>` in the copy) that hold ids of records, and which records. */
	refers: Readonly<Record<string, RecordPool>>;
}

export const GRAPHICS = {
	'theft-vs-launches': {
		part: chunk<typeof import('./theft-vs-launches/part.ts')>(),
		shapes: null,
		datasets: ['theftByYear', 'missileLaunches'],
		refers: {}
	},
	'monthly-pace': {
		part: chunk<typeof import('./monthly-pace/part.ts')>(),
		shapes: null,
		datasets: ['exchangeHacks', 'missileLaunches'],
		refers: { heists: 'incidents' }
	},
	'theft-launch-scatter': {
		part: chunk<typeof import('./theft-launch-scatter/part.ts')>(),
		shapes: null,
		datasets: ['theftByYear', 'missileLaunches'],
		refers: {}
	},
	'exchange-map': {
		part: chunk<typeof import('./exchange-map/part.ts')>(),
		shapes: 'world',
		datasets: ['exchangeHacks'],
		refers: { highlight: 'incidents' }
	},
	'launch-site-map': {
		part: chunk<typeof import('./launch-site-map/part.ts')>(),
		shapes: 'korea',
		datasets: ['launchSites', 'missileLaunches'],
		refers: { highlight: 'sites' }
	}
} as const satisfies Record<string, GraphicEntry>;

export type GraphicId = keyof typeof GRAPHICS;

/** The type of a graphic's chunk, for a row (nothing at run time). */
function chunk<M extends { default: object }>(): M['default'] | undefined {
	return undefined;
}

/** What a graphic's chunk holds. */
export type PartOf<K extends GraphicId> = NonNullable<(typeof GRAPHICS)[K]['part']>;

/**
 * Loads a graphic's chunk. The path is a pattern, so the bundler makes one chunk per graphic
 * folder and the build-time code that imports this table (the copy checker, the data plugin)
 * does not bundle the graphics' components.
 */
export async function loadPart<K extends GraphicId>(id: K): Promise<PartOf<K>> {
	const chunk = (await import(`./${id}/part.ts`)) as { default: PartOf<K> };
	return chunk.default;
}

export const GRAPHIC_IDS = Object.keys(GRAPHICS) as GraphicId[];

/** Whether a string (from a URL, say) names a graphic. */
export function isGraphicId(id: string | null | undefined): id is GraphicId {
	return typeof id === 'string' && Object.hasOwn(GRAPHICS, id);
}

/** What a step may ask of graphic K (its `state.*` keys, parsed). */
export type GraphicView<K extends GraphicId> =
	PartOf<K> extends { table: (view: infer View) => DataTable } ? View : never;

/** Loaded chunks, by graphic. */
export type LoadedParts = { [K in GraphicId]?: PartOf<K> };

/**
 * A loaded graphic's chunk, typed for drawing any step: the one place where the step's graphic
 * and its chunk are matched (a step's view always belongs to its own graphic, by construction of
 * the step types), so callers need no branch per graphic.
 */
export function loadedPart(loaded: LoadedParts, id: GraphicId): AnyGraphicPart | undefined {
	return loaded[id] as AnyGraphicPart | undefined;
}
