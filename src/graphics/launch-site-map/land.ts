/**
 * The launch-site map's land: the plane the build projects it on (src/build/geo.ts) and the shape
 * of the file it writes. Kept apart from the layout, so the build can import it without the
 * label placement (and the font metrics it reads).
 */
import type { GeoProjection } from 'd3-geo';
import { innerBox, type Box } from '../../lib/box.ts';
import { KOREA_EXTENT } from '../../lib/geo-files.ts';
import { mercator } from '../../lib/geo.ts';
import type { PlaneCountry, PlaneLand } from '../../lib/plane-land.ts';

/** A country of the launch-site map's land file, with its name and where its name goes. */
export interface LaunchCountry extends PlaneCountry {
	name: string;
	/** The shape's centroid on the plane (null when it has none). */
	centre: [number, number] | null;
}

/** The launch-site map's land, projected at build time (src/build/geo.ts) on a fixed plane. */
export type LaunchLand = PlaneLand<LaunchCountry>;

/** The land's plane: the map's extent fitted into this box. */
export const LAND_PLANE: Box = innerBox(
	{ width: 1000, height: 1000 },
	{ top: 0, right: 0, bottom: 0, left: 0 }
);

let planeProjection: GeoProjection | undefined;

/**
 * The projection of the land's plane. The build projects the countries with it once (clipping
 * and projecting them cost a phone about a tenth of a second when the map first drew); in the
 * browser a frame's size only changes the transform that puts the plane on screen.
 */
export const onLandPlane = () => (planeProjection ??= mercator(LAND_PLANE, KOREA_EXTENT));
