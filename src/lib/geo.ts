/**
 * Projections and map views, pure. The exchange map uses one Equal Earth projection fitted to the
 * frame (equal-area, so circle areas compare fairly across the world); a step's view is a
 * longitude–latitude box, and zooming is a scale and translate of that projection's plane, so the
 * country paths are computed once per size and only the transform is tweened.
 */
import { geoEqualEarth, geoMercator, type GeoProjection } from 'd3-geo';
import type { Box } from './box.ts';

/** A view: the longitude–latitude box a step wants in the frame. */
export interface GeoBox {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** Zoom of the projected plane: screen = plane × k + (x, y). */
export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

/** Points along a box's edges, so its projected extent follows curved meridians and parallels. */
function boxOutline(b: GeoBox, steps = 8): [number, number][] {
	const points: [number, number][] = [];
	for (let i = 0; i <= steps; i++) {
		const lon = b.west + ((b.east - b.west) * i) / steps;
		const lat = b.south + ((b.north - b.south) * i) / steps;
		points.push([lon, b.south], [lon, b.north], [b.west, lat], [b.east, lat]);
	}
	return points;
}

/** An Equal Earth projection that fits `fit` (a box) into `frame`. */
export function equalEarth(frame: Box, fit: GeoBox): GeoProjection {
	return geoEqualEarth().fitExtent(
		[
			[frame.left, frame.top],
			[frame.right, frame.bottom]
		],
		{ type: 'MultiPoint', coordinates: boxOutline(fit) }
	);
}

/** A Mercator projection that fits `fit` into `frame` (for a region a few degrees across). */
export function mercator(frame: Box, fit: GeoBox): GeoProjection {
	return geoMercator().fitExtent(
		[
			[frame.left, frame.top],
			[frame.right, frame.bottom]
		],
		{ type: 'MultiPoint', coordinates: boxOutline(fit) }
	);
}

/** The zoom that brings `view` (projected with `projection`) to fill `frame`, centred. */
export function zoomTo(projection: GeoProjection, view: GeoBox, frame: Box): ZoomTransform {
	const points = boxOutline(view).map(
		(p): [number, number] => projection(p) ?? [frame.left, frame.top]
	);
	const xs = points.map(p => p[0]);
	const ys = points.map(p => p[1]);
	const x0 = Math.min(...xs);
	const x1 = Math.max(...xs);
	const y0 = Math.min(...ys);
	const y1 = Math.max(...ys);
	const k = Math.min(frame.width / Math.max(x1 - x0, 1e-6), frame.height / Math.max(y1 - y0, 1e-6));
	return {
		k,
		x: frame.left + (frame.width - (x1 - x0) * k) / 2 - x0 * k,
		y: frame.top + (frame.height - (y1 - y0) * k) / 2 - y0 * k
	};
}

/** No zoom: the plane as it is. */
export const NO_ZOOM: ZoomTransform = Object.freeze({ k: 1, x: 0, y: 0 });

/** One zoom after another, as one: applyZoom(applyZoom(p, first), then). */
export function thenZoom(first: ZoomTransform, then: ZoomTransform): ZoomTransform {
	return { k: first.k * then.k, x: first.x * then.k + then.x, y: first.y * then.k + then.y };
}

/** Applies a zoom to a projected point. */
export function applyZoom([px, py]: readonly [number, number], z: ZoomTransform): [number, number] {
	return [px * z.k + z.x, py * z.k + z.y];
}

/** True when a point is inside a box (with a tolerance in pixels). */
export function inBox([x, y]: readonly [number, number], box: Box, tolerance = 0.5): boolean {
	return (
		x >= box.left - tolerance &&
		x <= box.right + tolerance &&
		y >= box.top - tolerance &&
		y <= box.bottom + tolerance
	);
}
