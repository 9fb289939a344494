/**
 * A map's land as the build writes it (src/build/geo.ts): the countries projected once onto a
 * fixed plane, as SVG path data. In the browser a map only moves the plane onto its frame with a
 * transform (`planeFit`, then a step's zoom), so no reader's browser projects the shapes. Pure.
 */
import type { GeoProjection } from 'd3-geo';
import type { Size } from './box.ts';
import type { ZoomTransform } from './geo.ts';

export interface PlaneCountry {
	id: string;
	/** The outline, in the plane's pixels. */
	d: string;
}

export interface PlaneLand<C extends PlaneCountry = PlaneCountry> {
	/** The plane's size (px). */
	plane: Size;
	countries: C[];
}

/**
 * Puts the plane on a frame's projection: both are the same projection fitted to the same
 * extent in two boxes, so they differ by a scale and a translation only.
 */
export function planeFit(plane: GeoProjection, projection: GeoProjection): ZoomTransform {
	const k = projection.scale() / plane.scale();
	const [tx, ty] = projection.translate();
	const [px, py] = plane.translate();
	return { k, x: tx - k * px, y: ty - k * py };
}

/**
 * A land file as fetched, checked: a damaged one fails its graphic with a message naming the file
 * and what is wrong, instead of drawing no land or half of it.
 */
export function checkedLand<L extends PlaneLand>(land: L, file: string): L {
	const { plane, countries } = land as Partial<PlaneLand>;
	const bad =
		!plane || !(plane.width > 0) || !(plane.height > 0)
			? 'no plane size'
			: !Array.isArray(countries)
				? 'no list of countries'
				: countries.find(c => typeof c?.id !== 'string' || typeof c.d !== 'string')
					? 'a country without an id or an outline'
					: null;
	if (bad) throw new Error(`The ${file} is damaged: ${bad}.`);
	return land;
}
