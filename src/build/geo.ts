/**
 * The map shapes, made at build time from Natural Earth via the world-atlas package, as small as
 * the maps need them (each is fetched only when its map is near, and must stay under 40 KB gzip):
 *   - world: the 110m country shapes, without Antarctica and without the duplicate `land` object,
 *     unused arcs pruned, still TopoJSON;
 *   - korea: the 50m shapes of North Korea and its neighbours, clipped to the launch-site map's
 *     frame and rounded to about 100 m, as GeoJSON.
 * Pure functions of the parsed topologies; the plugin reads the files and writes the results.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { KOREA_EXTENT } from '../lib/geo-files.ts';

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

export interface Extent {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** Sutherland–Hodgman: the part of a closed ring inside one half-plane. */
function clipEdge(
	ring: Position[],
	inside: (p: Position) => boolean,
	cross: (a: Position, b: Position) => Position
) {
	const out: Position[] = [];
	ring.forEach((current, i) => {
		const previous = ring[(i + ring.length - 1) % ring.length] as Position;
		if (inside(current)) {
			if (!inside(previous)) out.push(cross(previous, current));
			out.push(current);
		} else if (inside(previous)) out.push(cross(previous, current));
	});
	return out;
}

/**
 * Clips a ring to a longitude–latitude rectangle. Fine for a frame a few degrees across (edges
 * are straight in any projection the map would use at that scale).
 */
export function clipRing(ring: readonly Position[], e: Extent): Position[] {
	const open = ring.slice(0, -1) as Position[];
	const at = (a: Position, b: Position, axis: 0 | 1, value: number): Position => {
		const t = (value - (a[axis] as number)) / ((b[axis] as number) - (a[axis] as number));
		return axis === 0
			? [value, (a[1] as number) + t * ((b[1] as number) - (a[1] as number))]
			: [(a[0] as number) + t * ((b[0] as number) - (a[0] as number)), value];
	};
	let r = open;
	r = clipEdge(
		r,
		p => (p[0] as number) >= e.west,
		(a, b) => at(a, b, 0, e.west)
	);
	r = clipEdge(
		r,
		p => (p[0] as number) <= e.east,
		(a, b) => at(a, b, 0, e.east)
	);
	r = clipEdge(
		r,
		p => (p[1] as number) >= e.south,
		(a, b) => at(a, b, 1, e.south)
	);
	r = clipEdge(
		r,
		p => (p[1] as number) <= e.north,
		(a, b) => at(a, b, 1, e.north)
	);
	if (r.length < 3) return [];
	return [...r, r[0] as Position];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function clipPolygon(rings: readonly (readonly Position[])[], e: Extent): Position[][] {
	const outer = clipRing(rings[0] ?? [], e);
	if (outer.length === 0) return [];
	const holes = rings
		.slice(1)
		.map(r => clipRing(r, e))
		.filter(r => r.length > 0);
	return [outer, ...holes].map(r => r.map(([x, y]) => [round(x as number), round(y as number)]));
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
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			const clipped = polygons.map(p => clipPolygon(p, extent)).filter(p => p.length > 0);
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
