/**
 * THE data module of the app: the only importer of the curated data. The build validated every
 * file before this code could run (src/build/dataset-plugin.ts), so the types here can be trusted;
 * the browser does not ship the validators. Records are deep-frozen.
 *
 * Each dataset is its own module, so a graphic that is loaded late brings its data with it and a
 * dataset nobody imports is not shipped. In the published site a dataset's module holds no
 * records: it waits for its JSON file (./fetch.ts), which the part loader fetches beside the
 * graphic's chunk.
 */
import theftByYear from 'virtual:data/theftByYear';
import { HACK_SOURCES } from './client-fields.ts';
import { latestByYear } from './derive/theft.ts';
import { fetchDatasets } from './fetch.ts';

export { default as theftByYear } from 'virtual:data/theftByYear';
export { default as theftPeriodEstimates } from 'virtual:data/theftPeriodEstimates';
export { default as missileLaunches } from 'virtual:data/missileLaunches';
export { default as launchSites } from 'virtual:data/launchSites';
export { default as missileCounts } from 'virtual:data/missileCounts';
export { default as exchangeHacks } from 'virtual:data/exchangeHacks';
export { default as events } from 'virtual:data/events';
export { default as figures } from 'virtual:data/figures';

/** The main yearly theft series (Chainalysis, latest full-year vintage per year). */
// both calls marked pure, so a bundle that never reads the series leaves theftByYear out
export const mainTheftSeries = /* @__PURE__ */ Object.freeze(
	/* @__PURE__ */ latestByYear(theftByYear)
);

/**
 * Each theft's sources, by incident id: their own chunk, fetched when a reader first opens a
 * theft's details (the map's first screen does without them).
 */
export function exchangeHackSources(): Promise<
	Readonly<Record<string, readonly import('./types.ts').Source[]>>
> {
	// the file first, so a failed download rejects (and a later call tries again)
	return fetchDatasets([HACK_SOURCES])
		.then(() => import('virtual:data/exchangeHackSources'))
		.then(m => m.default);
}

export type * from './types.ts';
