/**
 * The whole curated dataset: which file holds what, read and validated together, with the checks
 * that span files (every launch's site exists). `read` is injected (the build passes the file
 * system, tests pass fixtures), so this stays pure and the same code guards `npm run build`,
 * `npm run data:check` and the tests.
 */
import type * as v from 'valibot';
import { DataError, parseRecords, showValue, type DataProblem } from './validate.ts';
import { exchangeHack } from './schemas/exchange-hacks.ts';
import { launchSite } from './schemas/launch-sites.ts';
import { missileCount } from './schemas/missile-counts.ts';
import { missileLaunch } from './schemas/missile-launches.ts';
import { periodEstimate } from './schemas/theft-period-estimates.ts';
import { theftEstimate } from './schemas/theft-by-year.ts';
import { storyEvent } from './schemas/events.ts';
import { storyFigure } from './schemas/figures.ts';
import { DATA_FILE_NAMES, type DatasetName } from './files.ts';

/** Each data file, by the name the app uses for it, with its schema. */
export const DATA_FILES = {
	theftByYear: { file: DATA_FILE_NAMES.theftByYear, schema: theftEstimate },
	theftPeriodEstimates: { file: DATA_FILE_NAMES.theftPeriodEstimates, schema: periodEstimate },
	missileLaunches: { file: DATA_FILE_NAMES.missileLaunches, schema: missileLaunch },
	launchSites: { file: DATA_FILE_NAMES.launchSites, schema: launchSite },
	missileCounts: { file: DATA_FILE_NAMES.missileCounts, schema: missileCount },
	exchangeHacks: { file: DATA_FILE_NAMES.exchangeHacks, schema: exchangeHack },
	events: { file: DATA_FILE_NAMES.events, schema: storyEvent },
	figures: { file: DATA_FILE_NAMES.figures, schema: storyFigure }
} as const satisfies Record<DatasetName, { file: string; schema: unknown }>;

export type { DatasetName };

export type Dataset = {
	readonly [K in DatasetName]: readonly v.InferOutput<(typeof DATA_FILES)[K]['schema']>[];
};

/** Reads a data file's text by its file name (e.g. "theft-by-year.json"). */
export type ReadFile = (file: string) => string;

const NAMES = Object.keys(DATA_FILES) as DatasetName[];

/**
 * Reads, parses and validates every data file, then checks what spans files. Throws one DataError
 * listing every problem in every file.
 */
export function parseDataset(read: ReadFile, prefix = 'data/'): Dataset {
	const problems: DataProblem[] = [];
	const parsed: Partial<Record<DatasetName, readonly unknown[]>> = {};
	for (const name of NAMES) {
		const { file, schema } = DATA_FILES[name];
		try {
			parsed[name] = parseRecords(`${prefix}${file}`, read(file), schema);
		} catch (err) {
			if (!(err instanceof DataError)) throw err;
			problems.push(...err.problems);
		}
	}
	if (problems.length > 0) throw new DataError(problems);
	const dataset = parsed as Dataset;
	problems.push(...crossFileProblems(dataset, prefix));
	if (problems.length > 0) throw new DataError(problems);
	return Object.freeze(dataset);
}

/**
 * Checks that need two files, or the meaning of one: every launch names a site in
 * launch-sites.json, and every launch is confirmed (the launch records are CNS's; a launch only
 * reported is another source's count, in missile-counts-other-sources.json, never a record here).
 */
function crossFileProblems(data: Dataset, prefix: string): DataProblem[] {
	const sites = new Set(data.launchSites.map(s => s.id));
	const problems: DataProblem[] = [];
	data.missileLaunches.forEach((launch, index) => {
		if (launch.verification !== 'confirmed')
			problems.push({
				file: `${prefix}${DATA_FILES.missileLaunches.file}`,
				index,
				id: launch.id,
				field: 'verification',
				expected:
					'"confirmed": a launch record is a CNS record; a launch only reported goes in missile-counts-other-sources.json',
				found: showValue(launch.verification)
			});
		if (!sites.has(launch.siteId))
			problems.push({
				file: `${prefix}${DATA_FILES.missileLaunches.file}`,
				index,
				id: launch.id,
				field: 'siteId',
				expected: `the id of a site in ${prefix}${DATA_FILES.launchSites.file}`,
				found: showValue(launch.siteId)
			});
	});
	return problems;
}
