/**
 * The map shapes, made at build time from Natural Earth via the world-atlas package, as small as
 * the maps need them (each is fetched only when its map is near, and must stay under 40 KB gzip):
 *   - world: the 110m country shapes, without Antarctica, projected on the exchange map's plane
 *     and written as SVG path data (the browser draws them as they are);
 *   - korea: the 50m shapes of North Korea and its neighbours, clipped to the launch-site map's
 *     frame, projected on that map's plane and written as SVG path data with their names.
 * Pure functions of the parsed topologies; the plugin reads the files and writes the results.
 */
import { bboxClip } from '@turf/bbox-clip';
import { geoPath, type GeoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { KOREA_EXTENT } from '../lib/geo-files.ts';
import { compactPath, pathRings } from '../lib/plane-clip.ts';
import { onPlane, PLANE, type ExchangeLand } from '../graphics/exchange-map/base.ts';
import { LAND_PLANE, onLandPlane, type LaunchLand } from '../graphics/launch-site-map/land.ts';

/** Antarctica: no theft happened there, and it would take a sixth of the map. */
const ANTARCTICA = '010';

/** Keeps the geometries `keep` says yes to, drops every other object, and prunes unused arcs. */
export function pruneTopology(
	topology: Topology,
	object: string,
	keep: (geometry: { id?: string | number }) => boolean
): Topology {
	const source = topology.objects[object] as GeometryCollection | undefined;
	if (!source) throw new Error(`pruneTopology: the topology has no object "${object}"`);
	const geometries = source.geometries.filter(keep);
	const used = new Map<number, number>();
	const remap = (arc: number): number => {
		const index = arc < 0 ? ~arc : arc;
		if (!used.has(index)) used.set(index, used.size);
		const next = used.get(index) as number;
		return arc < 0 ? ~next : next;
	};
	const walk = (arcs: unknown): unknown =>
		Array.isArray(arcs) ? arcs.map(a => (typeof a === 'number' ? remap(a) : walk(a))) : arcs;
	const kept = geometries.map(g => ('arcs' in g ? { ...g, arcs: walk(g.arcs) } : g));
	const arcs = [...used.keys()].map(i => topology.arcs[i] as Position[]);
	return {
		...topology,
		objects: { [object]: { ...source, geometries: kept } as GeometryCollection },
		arcs
	} as Topology;
}

/** The world map's shapes: every country but Antarctica. */
export function worldShapes(countries110m: Topology): Topology {
	return pruneTopology(countries110m, 'countries', g => g.id !== ANTARCTICA);
}

/**
 * Digits kept after the point on the land's plane (1000 px wide): a tenth of a pixel, finer than
 * the 110m coastlines at the closest zoom of any step (the Gulf, about 8 times), and about half the
 * bytes of the TopoJSON the browser would otherwise project itself.
 */
const PLANE_DIGITS = 1;

/** A feature's outline on a land's plane, as the land files carry it: compact path data. */
function planeOutline(path: GeoPath, f: Feature): string {
	return compactPath(pathRings(path(f) ?? ''), PLANE_DIGITS);
}

/**
 * The exchange map's land, as the browser draws it: every country but Antarctica projected on the
 * map's fixed plane (`onPlane`), as compact path data. Projecting here, once, spares each reader's
 * browser the work in the frame the first map draws.
 */
export function worldLand(countries110m: Topology): ExchangeLand {
	const world = worldShapes(countries110m);
	const path = geoPath(onPlane());
	return {
		plane: { width: PLANE.width, height: PLANE.height },
		countries: feature(world, world.objects.countries as GeometryCollection).features.map(f => ({
			id: String(f.id ?? (f.properties as { name?: string } | null)?.name ?? ''),
			d: planeOutline(path, f)
		}))
	};
}

export interface Extent {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** `x` to `digits` decimals: where the land files stop being exact. */
const roundTo = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * A country's polygons clipped to a longitude–latitude rectangle by @turf/bbox-clip (lineclip's
 * Sutherland–Hodgman; edges are straight in any projection at this scale), rounded to about
 * 100 m; a polygon left with no ring inside the frame is dropped.
 */
function clipToExtent(geometry: Polygon | MultiPolygon, e: Extent): Position[][][] {
	const clipped = bboxClip(geometry, [e.west, e.south, e.east, e.north]).geometry;
	const polygons = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
	return (polygons as Position[][][])
		.filter(rings => rings.length > 0)
		.map(rings =>
			rings.map(ring => ring.map(([x, y]) => [roundTo(x as number, 3), roundTo(y as number, 3)]))
		);
}

/** Countries of `topology` (by id), clipped to `extent`, as GeoJSON with their names. */
export function regionShapes(
	topology: Topology,
	ids: readonly string[],
	extent: Extent
): FeatureCollection<MultiPolygon, { name: string }> {
	const all = feature(
		topology,
		topology.objects.countries as GeometryCollection
	) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
	const features = all.features
		.filter(f => ids.includes(String(f.id)))
		.map((f): Feature<MultiPolygon, { name: string }> | null => {
			const clipped = clipToExtent(f.geometry, extent);
			if (clipped.length === 0) return null;
			return {
				type: 'Feature',
				id: f.id,
				properties: { name: f.properties.name },
				geometry: { type: 'MultiPolygon', coordinates: clipped }
			};
		})
		.filter((f): f is Feature<MultiPolygon, { name: string }> => f !== null);
	return { type: 'FeatureCollection', features };
}

/** The launch-site map's frame and the countries drawn in it. */
export const KOREA = {
	extent: KOREA_EXTENT,
	/** North Korea, South Korea, China, Russia (Natural Earth ids); Japan lies outside the frame. */
	ids: ['408', '410', '156', '643']
} as const;

export function koreaShapes(
	countries50m: Topology
): FeatureCollection<MultiPolygon, { name: string }> {
	return regionShapes(countries50m, KOREA.ids, KOREA.extent);
}

/**
 * The launch-site map's land, as the browser draws it: North Korea and its neighbours, clipped
 * to the map's frame, projected on the map's fixed plane (`onLandPlane`) as compact path data,
 * each with the centroid its name is placed at.
 */
export function koreaLand(countries50m: Topology): LaunchLand {
	const path = geoPath(onLandPlane());
	return {
		plane: { width: LAND_PLANE.width, height: LAND_PLANE.height },
		countries: koreaShapes(countries50m).features.map(f => {
			const [x, y] = path.centroid(f);
			return {
				id: String(f.id),
				name: f.properties.name,
				d: planeOutline(path, f),
				centre:
					Number.isFinite(x) && Number.isFinite(y)
						? [roundTo(x, PLANE_DIGITS), roundTo(y, PLANE_DIGITS)]
						: null
			};
		})
	};
}
