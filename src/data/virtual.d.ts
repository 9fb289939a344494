/**
 * The modules src/build/dataset-plugin.ts writes at build time from data/: one module per
 * validated data file (named as in src/data/files.ts). Only src/data/ imports these.
 */
type DatasetRecords<K extends import('./files.ts').DatasetName> =
	K extends keyof import('./client-fields.ts').ClientFields
		? readonly Pick<
				import('./dataset.ts').Dataset[K][number],
				import('./client-fields.ts').ClientFields[K]
			>[]
		: import('./dataset.ts').Dataset[K];

declare module 'virtual:data/theftByYear' {
	const records: DatasetRecords<'theftByYear'>;
	export default records;
}
declare module 'virtual:data/theftPeriodEstimates' {
	const records: DatasetRecords<'theftPeriodEstimates'>;
	export default records;
}
declare module 'virtual:data/missileLaunches' {
	const records: DatasetRecords<'missileLaunches'>;
	export default records;
}
declare module 'virtual:data/launchSites' {
	const records: DatasetRecords<'launchSites'>;
	export default records;
}
declare module 'virtual:data/missileCounts' {
	const records: DatasetRecords<'missileCounts'>;
	export default records;
}
declare module 'virtual:data/exchangeHacks' {
	const records: DatasetRecords<'exchangeHacks'>;
	export default records;
}
declare module 'virtual:data/exchangeHackSources' {
	const sources: Readonly<Record<string, readonly import('./fields.ts').Source[]>>;
	export default sources;
}
declare module 'virtual:data/events' {
	const records: DatasetRecords<'events'>;
	export default records;
}
declare module 'virtual:data/figures' {
	const records: DatasetRecords<'figures'>;
	export default records;
}
declare module 'virtual:data-files' {
	/**
	 * Each dataset's JSON file in the published site, by dataset name (assets/data-<name>-<hash>.json),
	 * read by src/data/fetch.ts; empty where the records are inside the modules (development
	 * server, prerender, tests, offline file).
	 */
	export const files: Readonly<Record<string, string>>;
}
