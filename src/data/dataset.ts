/**
 * The whole curated dataset: which file holds what, read and validated together, with the checks
 * that span files. `read` is injected (the build passes the file system, tests pass fixtures), so
 * this stays pure and the same code guards `npm run build`, `npm run data:check` and the tests.
 */
import { parseRecords, type DataError } from './validate.ts';
import { theftEstimate, type TheftEstimate } from './schemas.ts';

/** The data files, by the name the app uses for each. */
export const DATA_FILES = {
	theftByYear: 'theft-by-year.json'
} as const;

export type DatasetName = keyof typeof DATA_FILES;

export interface Dataset {
	theftByYear: readonly TheftEstimate[];
}

/** Reads a data file's text by its file name (e.g. "theft-by-year.json"). */
export type ReadFile = (file: string) => string;

/**
 * Reads, parses and validates every data file. Throws the DataError of the first file that fails
 * (each DataError lists every problem in its file).
 */
export function parseDataset(read: ReadFile, prefix = 'data/'): Dataset {
	const file = (name: DatasetName) => `${prefix}${DATA_FILES[name]}`;
	return Object.freeze({
		theftByYear: parseRecords(file('theftByYear'), read(DATA_FILES.theftByYear), theftEstimate)
	});
}

export type { DataError };
