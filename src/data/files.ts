/**
 * The data files by the name the app uses for each, and what the build publishes of them for
 * download (dist/data/<base>.csv and .json). Names only: safe for the browser bundle.
 */
export const DATA_FILE_NAMES = {
	theftByYear: 'theft-by-year.json',
	theftPeriodEstimates: 'theft-period-estimates.json',
	missileLaunches: 'missile-launches.json',
	launchSites: 'launch-sites.json',
	missileCounts: 'missile-counts-other-sources.json',
	exchangeHacks: 'exchange-hacks.json'
} as const;

export type DatasetName = keyof typeof DATA_FILE_NAMES;

export interface Download {
	name: DatasetName;
	/** Relative to the site's root: data/theft-by-year.csv */
	csv: string;
	json: string;
}

/** Where the build writes each dataset for readers to download. */
export function downloads(): Download[] {
	return (Object.entries(DATA_FILE_NAMES) as [DatasetName, string][]).map(([name, file]) => {
		const base = file.replace(/\.json$/, '');
		return { name, csv: `data/${base}.csv`, json: `data/${base}.json` };
	});
}
