/** The map shape files the build writes: complete, small, and fetched separately from the code. */
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { geoInterpolate, geoPath } from 'd3-geo';
import {
	KOREA,
	koreaShapes,
	pruneTopology,
	regionShapes,
	worldShapes
} from '../../../src/build/geo.ts';
import { onLandPlane } from '../../../src/graphics/launch-site-map/land.ts';
import { onPlane } from '../../../src/graphics/exchange-map/base.ts';
import { pathRings } from '../../../src/lib/plane-clip.ts';
import { atlas, korea, world as land } from '../graphics/shapes.ts';

const BUDGET = 40 * 1024;

describe('the world shapes (Natural Earth 110m countries, trimmed)', () => {
	const full = atlas('countries-110m.json');
	const world = worldShapes(full);
	it('keeps every country but Antarctica, and drops the duplicate land object', () => {
		const countries = (world.objects.countries as GeometryCollection).geometries;
		expect(countries.length).toBe(176);
		expect(countries.some(g => g.id === '010')).toBe(false);
		expect(Object.keys(world.objects)).toEqual(['countries']);
	});
	it('prunes the arcs only Antarctica used, and every country still decodes to the same shape', () => {
		expect(world.arcs.length).toBeLessThan(full.arcs.length);
		const before = feature(full, full.objects.countries as GeometryCollection).features.find(
			f => f.id === '408'
		);
		const after = feature(world, world.objects.countries as GeometryCollection).features.find(
			f => f.id === '408'
		);
		expect(after?.geometry).toEqual(before?.geometry);
	});
	it('refuses an object the topology does not have', () =>
		expect(() => pruneTopology(full, 'oceans', () => true)).toThrow(/no object "oceans"/));
});

/**
 * Checks that every point of each written outline lies within a twentieth of a pixel (a tenth,
 * rounded, in x and y) of a point the projection gives, and returns how many points each has.
 */
function expectNearProjection(
	exactPaths: readonly string[],
	writtenPaths: readonly string[],
	names: readonly string[]
): { exact: number; written: number } {
	const counts = { exact: 0, written: 0 };
	exactPaths.forEach((d, i) => {
		const exact = pathRings(d).flat();
		const written = pathRings(writtenPaths[i] ?? '').flat();
		counts.exact += exact.length;
		counts.written += written.length;
		for (const [x = 0, y = 0] of written) {
			const near = Math.min(...exact.map(([ex = 0, ey = 0]) => Math.hypot(ex - x, ey - y)));
			expect(near, names[i]).toBeLessThan(0.05 * Math.SQRT2 + 1e-9);
		}
	});
	return counts;
}

describe("the world land file (the world shapes projected on the exchange map's plane)", () => {
	const shapes = worldShapes(atlas('countries-110m.json'));
	const countries = feature(shapes, shapes.objects.countries as GeometryCollection).features;
	it('has every country but Antarctica, each with its outline', () => {
		expect(land.countries.length).toBe(countries.length);
		expect(land.countries.map(c => c.id)).not.toContain('010');
		// a country without an ISO number (N. Cyprus, Somaliland) goes by its name
		expect(
			land.countries
				.filter(c => !/^\d{3}$/.test(c.id))
				.map(c => c.id)
				.sort()
		).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
		expect(land.countries.every(c => pathRings(c.d).length > 0)).toBe(true);
		expect(land.plane).toEqual({ width: 1000, height: 500 });
	});
	it('puts every point within a twentieth of a pixel of where the projection puts it', () => {
		const path = geoPath(onPlane());
		const points = expectNearProjection(
			countries.map(f => path(f) ?? ''),
			land.countries.map(c => c.d),
			countries.map(f => String(f.id))
		);
		// rounding merges a few neighbouring points, and drops islands under a tenth of a pixel
		expect(points.written).toBeGreaterThan(points.exact * 0.98);
	});
	it(`is under ${BUDGET / 1024} KB gzip, smaller than the shapes it was made from`, () => {
		const size = gzipSync(JSON.stringify(land)).length;
		expect(size).toBeLessThan(BUDGET);
		expect(size).toBeLessThan(gzipSync(JSON.stringify(shapes)).length);
	});
});

describe("the Korea land file (the Korea shapes projected on the launch-site map's plane)", () => {
	const shapes = koreaShapes(atlas('countries-50m.json'));
	it(`is under ${BUDGET / 1024} KB gzip`, () =>
		expect(gzipSync(JSON.stringify(korea)).length).toBeLessThan(BUDGET));
	it('has the four countries with their names and outlines, within the plane', () => {
		// the highest a cut along the northern edge can reach: the great circle's midpoint
		const { west, east, north } = KOREA.extent;
		const topmost = onLandPlane()(geoInterpolate([west, north], [east, north])(0.5))![1];
		expect(topmost).toBeLessThan(0);
		expect(korea.countries.map(c => c.name).sort()).toEqual([
			'China',
			'North Korea',
			'Russia',
			'South Korea'
		]);
		for (const c of korea.countries) {
			expect(pathRings(c.d).length, c.id).toBeGreaterThan(0);
			for (const [x = 0, y = 0] of pathRings(c.d).flat()) {
				expect(x).toBeGreaterThanOrEqual(-0.05);
				expect(x).toBeLessThanOrEqual(korea.plane.width + 0.05);
				// the shapes are cut along the frame's northern parallel, and d3-geo draws that cut as
				// a great circle, which bows past the plane's top; the map's frame clips it
				expect(y).toBeGreaterThanOrEqual(topmost - 0.05);
				expect(y).toBeLessThanOrEqual(korea.plane.height + 0.05);
			}
		}
	});
	it("puts every point, and each name's centroid, where the projection puts it", () => {
		const path = geoPath(onLandPlane());
		expectNearProjection(
			shapes.features.map(f => path(f) ?? ''),
			korea.countries.map(c => c.d),
			shapes.features.map(f => String(f.id))
		);
		shapes.features.forEach((f, i) => {
			const [cx, cy] = path.centroid(f);
			expect(korea.countries[i]!.centre![0]).toBeCloseTo(cx, 1);
			expect(korea.countries[i]!.centre![1]).toBeCloseTo(cy, 1);
		});
	});
});

describe('the Korea shapes (Natural Earth 50m, clipped)', () => {
	const shapes = koreaShapes(atlas('countries-50m.json'));
	const coordinates = (c: FeatureCollection<MultiPolygon>) =>
		c.features.flatMap(f => f.geometry.coordinates.flat(2));
	it('keeps North Korea, South Korea, China and Russia, each inside the frame', () => {
		expect(shapes.features.map(f => f.id).sort()).toEqual(['156', '408', '410', '643']);
		const { west, south, east, north } = KOREA.extent;
		for (const [x, y] of coordinates(shapes)) {
			expect(x).toBeGreaterThanOrEqual(west);
			expect(x).toBeLessThanOrEqual(east);
			expect(y).toBeGreaterThanOrEqual(south);
			expect(y).toBeLessThanOrEqual(north);
		}
	});
	it('closes every ring', () => {
		for (const ring of shapes.features.flatMap(f => f.geometry.coordinates.flat()))
			expect(ring.at(-1)).toEqual(ring[0]);
	});
	/** A square from (0, 0) to (10, 10), as a one-country topology. */
	const topology = {
		type: 'Topology',
		arcs: [
			[
				[0, 0],
				[10, 0],
				[10, 10],
				[0, 10],
				[0, 0]
			]
		],
		objects: {
			countries: {
				type: 'GeometryCollection',
				geometries: [{ type: 'Polygon', id: 'sq', properties: { name: 'Square' }, arcs: [[0]] }]
			}
		}
	} as Topology;
	const cases = [
		{
			title: 'cuts a shape that crosses the frame at its edges',
			extent: { west: 5, south: -5, east: 20, north: 5 },
			expected: [[5, 0, 10, 5]]
		},
		{
			title: 'keeps a shape inside the frame whole',
			extent: { west: -1, south: -1, east: 11, north: 11 },
			expected: [[0, 0, 10, 10]]
		},
		{
			title: 'drops a shape outside the frame',
			extent: { west: 20, south: 20, east: 30, north: 30 },
			expected: []
		}
	];
	const bounds = (c: FeatureCollection<MultiPolygon>) =>
		c.features.map(f => {
			const xs = f.geometry.coordinates.flat(2).map(p => p[0] as number);
			const ys = f.geometry.coordinates.flat(2).map(p => p[1] as number);
			return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
		});
	for (const { title, extent, expected } of cases)
		it(`regionShapes ${title}`, () => {
			const before = JSON.stringify(topology);
			expect(bounds(regionShapes(topology, ['sq'], extent))).toEqual(expected);
			expect(JSON.stringify(topology)).toBe(before);
		});
});
