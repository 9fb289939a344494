/**
 * What the `exchange-map` graphic draws once: the countries, projected at build time on a fixed
 * plane (src/build/geo.ts writes them as the map's shape file), and per size the projection, the
 * circles' radii and how thefts in one city are packed.
 */
import type { GeoProjection } from 'd3-geo';
import type { ExchangeHack } from '../../data/types.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { packAround, type Offset } from '../../lib/place/pack.ts';
import { usd } from '../../lib/format.ts';
import { equalEarth, type ZoomTransform } from '../../lib/geo.ts';
import { checkedLand, planeFit, type PlaneLand } from '../../lib/plane-land.ts';
import { scaleSqrt, sizeKey } from '../../lib/scales.ts';
import { REGIONS } from './regions.ts';
import { type ExchangeMapData, located } from './spec.ts';

/** The countries, projected once on a fixed plane; a frame's fit and a step's zoom move it. */
export type ExchangeLand = PlaneLand;

/** What is drawn once per size: the projection, the countries, how city clusters are packed. */
export interface ExchangeMapBase {
	size: Size;
	frame: Box;
	projection: GeoProjection;
	land: ExchangeLand;
	/** Puts the land's plane on this frame's projection (before any zoom). */
	fit: ZoomTransform;
	/** Radius of each incident's circle (px), and its offset from its city's point. */
	radius: Map<string, number>;
	offset: Map<string, Offset>;
	/** The incidents that share a city, by city key, in date order. */
	cities: Map<string, string[]>;
	/** The size legend's reference circles, on the same scale. */
	legend: { label: string; r: number }[];
}

/** Circles never shrink below this, so the smallest thefts stay visible and tappable. */
export const MIN_RADIUS = 2.5;

export const cityKey = (h: ExchangeHack) => `${h.lat},${h.lon}`;

/** Largest circle: a sixteenth of the frame's width, within bounds that read on a phone and a desktop. */
function maxRadius(frame: Box): number {
	return Math.max(14, Math.min(34, frame.width / 16));
}

/** The land's plane: the world fitted into this box. */
export const PLANE: Box = innerBox(
	{ width: 1000, height: 500 },
	{ top: 0, right: 0, bottom: 0, left: 0 }
);

const NO_LAND: ExchangeLand = { plane: PLANE, countries: [] };

let planeProjection: GeoProjection | undefined;

/**
 * The projection of the land's plane. The build projects the countries with it once (projecting
 * the world cost a phone a fifth of a second, in the first map's frame); in the browser a new size
 * or a zoom only changes the transform that puts the plane on screen, never the paths.
 */
export const onPlane = () => (planeProjection ??= equalEarth(PLANE, REGIONS.world));

export function exchangeMapBase(
	shapes: ExchangeLand | null,
	size: Size,
	data: ExchangeMapData
): ExchangeMapBase {
	// room at the top for the colour key (two lines on a phone)
	const frame = innerBox(size, { top: size.width < 560 ? 44 : 26, right: 4, bottom: 4, left: 4 });
	const projection = equalEarth(frame, REGIONS.world);
	const scale = scaleSqrt([0, data.maxUsd], [0, maxRadius(frame)]);
	const radius = new Map(data.incidents.map(h => [h.id, Math.max(MIN_RADIUS, scale(h.usd ?? 0))]));
	const cities = new Map<string, string[]>();
	for (const h of data.incidents.filter(located))
		cities.set(cityKey(h), [...(cities.get(cityKey(h)) ?? []), h.id]);
	const offset = new Map<string, Offset>();
	for (const ids of cities.values()) {
		const offsets = packAround(ids.map(id => radius.get(id) ?? MIN_RADIUS));
		ids.forEach((id, i) => offset.set(id, offsets[i] ?? { dx: 0, dy: 0 }));
	}
	const legend = sizeKey(data.maxUsd).map(v => ({ label: usd(v), r: scale(v) }));
	const land = shapes ? checkedLand(shapes, 'world land file') : NO_LAND;
	const fit = planeFit(onPlane(), projection);
	return { size, frame, projection, land, fit, radius, offset, cities, legend };
}
