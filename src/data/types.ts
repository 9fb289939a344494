/**
 * The types of the curated records, for the app. Type-only: importing them brings no validator
 * into the browser bundle. Launches, sites and thefts are the projections the browser receives
 * (src/data/client-fields.ts); full records are assignable to them.
 */
import type { ClientFields } from './client-fields.ts';
import type { ExchangeHack as FullHack } from './schemas/exchange-hacks.ts';
import type { LaunchSite as FullSite } from './schemas/launch-sites.ts';
import type { MissileLaunch as FullLaunch } from './schemas/missile-launches.ts';

export type { Source } from './fields.ts';
export type { Estimator, TheftEstimate } from './schemas/theft-by-year.ts';
export type { PeriodEstimate } from './schemas/theft-period-estimates.ts';
export type { MissileType } from './schemas/missile-launches.ts';
export type MissileLaunch = Pick<FullLaunch, ClientFields['missileLaunches']>;
export type LaunchSite = Pick<FullSite, ClientFields['launchSites']>;
export type ExchangeHack = Pick<FullHack, ClientFields['exchangeHacks']>;
export type { MissileCount } from './schemas/missile-counts.ts';
export type { AttributionLevel, HackKind } from './schemas/exchange-hacks.ts';
export type { StoryEvent } from './schemas/events.ts';
export type { StoryFigure } from './schemas/figures.ts';
export type { Dataset } from './dataset.ts';
export type { DatasetName } from './files.ts';
