/**
 * What the launch-site map draws: each placed launch site with its missiles per year (UTC), and
 * the launches from sites CNS does not place (not mapped). The rule is src/data/derive/sites.ts,
 * which the copy's `{sites.*}` read too. Pure.
 */
import { siteUse } from '../../data/derive/sites.ts';
import type { LaunchSite, MissileLaunch } from '../../data/types.ts';
import type { LaunchSiteMapData } from './state.ts';

export function launchSiteMapData(
	launches: readonly MissileLaunch[],
	sites: readonly LaunchSite[]
): LaunchSiteMapData {
	return siteUse(launches, sites);
}
