/** The map shape files the build writes: complete, small, and fetched separately from the code. */
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { clipRing, pruneTopology } from '../../../src/build/geo.ts';
import { atlas, korea, world } from '../graphics/shapes.ts';

const BUDGET = 40 * 1024;

describe('the world shapes (Natural Earth 110m countries, trimmed)', () => {
	const full = atlas('countries-110m.json');
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
	it(`is under ${BUDGET / 1024} KB gzip`, () =>
		expect(gzipSync(JSON.stringify(world)).length).toBeLessThan(BUDGET));
	it('refuses an object the topology does not have', () =>
		expect(() => pruneTopology(full, 'oceans', () => true)).toThrow(/no object "oceans"/));
});

describe('the Korea shapes (Natural Earth 50m, clipped)', () => {
	it(`is under ${BUDGET / 1024} KB gzip`, () =>
		expect(gzipSync(JSON.stringify(korea)).length).toBeLessThan(BUDGET));
	it('clipRing keeps what is inside and cuts at the edge', () => {
		const square = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10],
			[0, 0]
		];
		const clipped = clipRing(square, { west: 5, south: -5, east: 20, north: 5 });
		const xs = clipped.map(p => p[0]!);
		const ys = clipped.map(p => p[1]!);
		expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([
			5, 10, 0, 5
		]);
		expect(clipRing(square, { west: 20, south: 20, east: 30, north: 30 })).toEqual([]);
	});
});
