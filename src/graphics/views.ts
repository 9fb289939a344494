/**
 * Every graphic id the copy may name, with the schema of the state a step may ask of it.
 * The copy validator (src/story/copy.ts) is the only user: an unknown graphic or state key in
 * data/story.aml fails the build.
 */
import { theftVsLaunchesView, type TheftVsLaunchesView } from './theft-vs-launches/view.ts';

export const GRAPHIC_VIEWS = {
	'theft-vs-launches': theftVsLaunchesView
} as const;

export type GraphicId = keyof typeof GRAPHIC_VIEWS;

/** The parsed `state` of a step, by graphic. */
export interface GraphicViews {
	'theft-vs-launches': TheftVsLaunchesView;
}

export const GRAPHIC_IDS = Object.keys(GRAPHIC_VIEWS) as GraphicId[];
