/**
 * What the copy says in words, recomputed from the data: every sentence that ranks, compares or
 * says "first", "record", "largest", "most", "busiest", "dwarfs" or "so far" is either computed by
 * a placeholder (src/story/ranked-figures.ts) or pinned by a claim. A claim quotes the copy as
 * written (data/story.aml, placeholders unresolved) and checks the data; when an update makes it
 * false, the tests (tests/unit/story/claims.test.ts) and `npm run copy:diff` name the step and the
 * sentence. Claims take the dataset as an argument, so the same claims judge any version of data/.
 * Pure.
 */
import type { Dataset } from '../../data/dataset.ts';
import { deriveFigures } from '../../data/derive/index.ts';
import type { Claim, ClaimData } from './common.ts';
import { LAUNCHES_CLAIMS } from './launches.ts';
import { MAPS_CLAIMS } from './maps.ts';
import { THEFT_CLAIMS } from './theft.ts';

export type { Claim, ClaimData } from './common.ts';

export const CLAIMS: readonly Claim[] = [...THEFT_CLAIMS, ...LAUNCHES_CLAIMS, ...MAPS_CLAIMS];

export interface FailedClaim {
	where: string;
	says: string;
	problem: string;
}

/** The data and its figures, for checking claims. */
export function claimData(data: Dataset): ClaimData {
	return { data, figures: deriveFigures(data) };
}

/** The claims that fail in a dataset, among those the copy still makes (its words are in `rawCopy`). */
export function failedClaims(data: Dataset, rawCopy: string): FailedClaim[] {
	const d = claimData(data);
	return CLAIMS.filter(c => rawCopy.includes(c.says)).flatMap(c => {
		const problem = c.check(d);
		return problem === null ? [] : [{ where: c.where, says: c.says, problem }];
	});
}
