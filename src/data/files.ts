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
	exchangeHacks: 'exchange-hacks.json',
	events: 'events.json',
	figures: 'figures.json'
} as const;

export type DatasetName = keyof typeof DATA_FILE_NAMES;

/** What each dataset is, for readers (the downloads list). */
const DATASET_LABELS: Record<DatasetName, string> = {
	theftByYear: 'Theft estimates by year, every estimator and vintage',
	theftPeriodEstimates: 'Multi-year totals and shares of income',
	missileLaunches: 'Missile launches, one row per missile (CNS)',
	launchSites: 'Launch sites',
	missileCounts: "Other sources' launch counts",
	exchangeHacks: 'Thefts from exchanges and platforms',
	events: 'Events cited in the story',
	figures: 'Other figures cited in the story'
};

export interface Download {
	name: DatasetName;
	label: string;
	/** Relative to the site's root: data/theft-by-year.csv */
	csv: string;
	json: string;
}

/** Where the build writes each dataset for readers to download. */
export function downloads(): Download[] {
	return (Object.entries(DATA_FILE_NAMES) as [DatasetName, string][]).map(([name, file]) => {
		const base = file.replace(/\.json$/, '');
		return {
			name,
			label: DATASET_LABELS[name],
			csv: `data/${base}.csv`,
			json: `data/${base}.json`
		};
	});
}
