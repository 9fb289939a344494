/**
 * What a step of the copy may ask of each graphic: the schema of its `state.*` keys. Build-time
 * only (valibot): the copy validator (src/story/copy.ts) parses every step with its graphic's
 * schema, and an unknown key or a bad value fails the build. The browser never downloads these.
 * The type below holds this table to the registry: a graphic without a schema, a schema for no
 * graphic, or a schema whose output is not what the graphic's chunk takes fails the type check.
 */
import type * as v from 'valibot';
import { exchangeMapView } from './exchange-map/view.ts';
import { launchSiteMapView } from './launch-site-map/view.ts';
import { monthlyPaceView } from './monthly-pace/view.ts';
import type { GraphicId, GraphicView } from './registry.ts';
import { theftLaunchScatterView } from './theft-launch-scatter/view.ts';
import { theftVsLaunchesView } from './theft-vs-launches/view.ts';

export const GRAPHIC_VIEWS: {
	readonly [K in GraphicId]: v.GenericSchema<Record<string, string>, GraphicView<K>>;
} = {
	'theft-vs-launches': theftVsLaunchesView,
	'monthly-pace': monthlyPaceView,
	'theft-launch-scatter': theftLaunchScatterView,
	'exchange-map': exchangeMapView,
	'launch-site-map': launchSiteMapView
};
