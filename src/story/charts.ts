/**
 * The data each graphic draws, bound once. Graphics take their data as props (so tests can render
 * them with fixtures); this is where the story hands them the real, validated data.
 */
import { exchangeHacks, launchSites, missileLaunches, theftByYear } from '../data/index.ts';
import { exchangeMapData as buildExchangeMap } from '../graphics/exchange-map/data.ts';
import { launchSiteMapData as buildLaunchSiteMap } from '../graphics/launch-site-map/data.ts';
import { monthlyPaceData as buildMonthlyPace } from '../graphics/monthly-pace/data.ts';
import { theftLaunchScatterData as buildScatter } from '../graphics/theft-launch-scatter/data.ts';
import { theftVsLaunchesData as buildTheftVsLaunches } from '../graphics/theft-vs-launches/data.ts';

/** The first month of the monthly timeline's data (steps zoom within it). */
const MONTHLY_FROM = '2016-01';

export const theftVsLaunchesData = buildTheftVsLaunches(theftByYear, missileLaunches);
export const monthlyPaceData = buildMonthlyPace(missileLaunches, exchangeHacks, MONTHLY_FROM);
export const theftLaunchScatterData = buildScatter(theftByYear, missileLaunches);
export const exchangeMapData = buildExchangeMap(exchangeHacks);
export const launchSiteMapData = buildLaunchSiteMap(missileLaunches, launchSites);
