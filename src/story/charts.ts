/**
 * The data each graphic draws, bound once. Graphics take their data as props (so tests can render
 * them with fixtures); this is where the story hands them the real, validated data.
 */
import { mainTheftSeries } from '../data/index.ts';
import type { TheftVsLaunchesData } from '../graphics/theft-vs-launches/state.ts';

export const theftVsLaunchesData: TheftVsLaunchesData = Object.freeze({ theft: mainTheftSeries });
