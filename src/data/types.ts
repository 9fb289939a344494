/**
 * The types of the curated records, for the app. Type-only: importing them brings no validator
 * into the browser bundle.
 */
export type { Source } from './fields.ts';
export type { Estimator, TheftEstimate } from './schemas/theft-by-year.ts';
export type { PeriodEstimate } from './schemas/theft-period-estimates.ts';
export type { MissileLaunch, MissileType } from './schemas/missile-launches.ts';
export type { LaunchSite } from './schemas/launch-sites.ts';
export type { MissileCount } from './schemas/missile-counts.ts';
export type { AttributionLevel, ExchangeHack, HackKind } from './schemas/exchange-hacks.ts';
export type { StoryEvent } from './schemas/events.ts';
export type { StoryFigure } from './schemas/figures.ts';
export type { Dataset } from './dataset.ts';
export type { DatasetName } from './files.ts';
