/**
 * THE data module of the app: the only importer of the curated data. The build validated every
 * file before this code could run (src/build/dataset-plugin.ts), so the types here can be trusted;
 * the browser does not ship the validators.
 */
import { theftByYear as theftByYearRecords } from 'virtual:dataset';
import { deepFreeze } from './freeze.ts';
import { latestByYear } from './derive.ts';
import type { Dataset } from './dataset.ts';

export const dataset: Dataset = deepFreeze({ theftByYear: theftByYearRecords });

/** The main yearly theft series (Chainalysis, latest vintage per year). */
export const mainTheftSeries = Object.freeze(latestByYear(dataset.theftByYear));

export type { Dataset };
export type { TheftEstimate, Estimator } from './schemas.ts';
export type { Source } from './fields.ts';
