/**
 * The `launch-site-map` graphic as pure functions:
 *   launchSiteMapBase(land, size, data)         → projection, the land's fit, country names (layout.ts;
 *                                                 the land projected at build time, src/build/geo.ts);
 *   launchSiteMapSpec(view, data)               → missiles per site in the step's years (spec.ts);
 *   launchSiteMapLayout(spec, view, base, data) → circles and labels in pixels (layout.ts).
 */
import type { LaunchSiteMapView } from './view.ts';
import { type LaunchSiteMapData, launchSiteMapSpec } from './spec.ts';
import { type LaunchSiteMapBase, type LaunchSiteMapLayout, launchSiteMapLayout } from './layout.ts';

export * from './spec.ts';
export * from './layout.ts';
export * from './land.ts';

/** The settled picture at a step, for a given base. */
export function launchSiteMapState(
	view: LaunchSiteMapView,
	base: LaunchSiteMapBase,
	data: LaunchSiteMapData
): LaunchSiteMapLayout {
	return launchSiteMapLayout(launchSiteMapSpec(view, data), view, base, data);
}
