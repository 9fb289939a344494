/**
 * The fields of each dataset that the pages use. The build ships only these to the browser
 * (src/build/dataset-plugin.ts); every field stays in the data downloads. The app's record types
 * (src/data/types.ts) are these projections, so code that reaches for a field left out here does
 * not compile. Datasets not listed ship whole.
 */
export const CLIENT_FIELDS = {
	missileLaunches: ['id', 'date', 'type', 'siteId', 'outcome', 'preliminary'],
	launchSites: ['id', 'name', 'lat', 'lon', 'locationPrecision'],
	exchangeHacks: [
		'id',
		'platform',
		'kind',
		'date',
		'datePrecision',
		'usd',
		'usdRange',
		'city',
		'country',
		'lat',
		'lon',
		'locationPrecision',
		'attribution',
		'attributionLevel',
		'verification'
	]
} as const;

/**
 * The thefts' sources travel apart (`virtual:data/exchangeHackSources`, by incident id): they are
 * shown only when a reader opens a theft's details, so the map loads them then.
 */
export const HACK_SOURCES = 'exchangeHackSources';

export type ClientFields = {
	[K in keyof typeof CLIENT_FIELDS]: (typeof CLIENT_FIELDS)[K][number];
};

/** A record with only the listed fields (undefined ones are left out, as JSON would). */
export function project<T extends object>(record: T, fields: readonly string[]): Partial<T> {
	const out: Record<string, unknown> = {};
	for (const f of fields) if (f in record) out[f] = (record as Record<string, unknown>)[f];
	return out as Partial<T>;
}
