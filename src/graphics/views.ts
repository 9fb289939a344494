/**
 * Every graphic id the copy may name, with the schema of the state a step may ask of it.
 * The copy validator (src/story/copy.ts) is the only user: an unknown graphic or state key in
 * data/story.aml fails the build.
 */
import { exchangeMapView, type ExchangeMapView } from './exchange-map/view.ts';
import { launchSiteMapView, type LaunchSiteMapView } from './launch-site-map/view.ts';
import { monthlyPaceView, type MonthlyPaceView } from './monthly-pace/view.ts';
import {
	theftLaunchScatterView,
	type TheftLaunchScatterView
} from './theft-launch-scatter/view.ts';
import { theftVsLaunchesView, type TheftVsLaunchesView } from './theft-vs-launches/view.ts';
import type { GraphicId } from './ids.ts';

export { GRAPHIC_IDS, type GraphicId } from './ids.ts';

export const GRAPHIC_VIEWS = {
	'theft-vs-launches': theftVsLaunchesView,
	'monthly-pace': monthlyPaceView,
	'theft-launch-scatter': theftLaunchScatterView,
	'exchange-map': exchangeMapView,
	'launch-site-map': launchSiteMapView
} as const satisfies Record<GraphicId, unknown>;

/** The parsed `state` of a step, by graphic. */
export interface GraphicViews extends Record<GraphicId, unknown> {
	'theft-vs-launches': TheftVsLaunchesView;
	'monthly-pace': MonthlyPaceView;
	'theft-launch-scatter': TheftLaunchScatterView;
	'exchange-map': ExchangeMapView;
	'launch-site-map': LaunchSiteMapView;
}
