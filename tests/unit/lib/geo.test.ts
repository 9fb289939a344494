import { describe, expect, it } from 'vitest';
import type { GeoProjection } from 'd3-geo';
import type { Box } from '../../../src/lib/box.ts';
import {
	applyZoom,
	equalEarth,
	inBox,
	mercator,
	NO_ZOOM,
	thenZoom,
	zoomTo,
	type GeoBox,
	type ZoomTransform
} from '../../../src/lib/geo.ts';
import { KOREA_EXTENT } from '../../../src/lib/geo-files.ts';
import { frame } from './frame.ts';

const WORLD: GeoBox = { west: -180, south: -60, east: 180, north: 85 };
const GULF: GeoBox = { west: 44, south: 12, east: 60, north: 30 };
const KOREA: GeoBox = { ...KOREA_EXTENT };

/**
 * A box's outline, every half degree, projected and zoomed: its extent on screen. (Equal Earth
 * bends the meridians, so the widest point of a box across the equator is on the equator.)
 */
function screenExtent(projection: GeoProjection, view: GeoBox, zoom: ZoomTransform = NO_ZOOM) {
	const steps = (a: number, b: number) => {
		const n = Math.ceil((b - a) * 2);
		return Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
	};
	const outline = [
		...steps(view.west, view.east).flatMap(lon => [
			[lon, view.south],
			[lon, view.north]
		]),
		...steps(view.south, view.north).flatMap(lat => [
			[view.west, lat],
			[view.east, lat]
		])
	] as [number, number][];
	const points = outline.map(p => applyZoom(projection(p) as [number, number], zoom));
	const xs = points.map(p => p[0]);
	const ys = points.map(p => p[1]);
	return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/**
 * How near the extent must come to the frame's edges: half a pixel, or 0.2% of the frame for a
 * whole-world box (the fit samples each edge at nine points, and Equal Earth's widest row, the
 * equator, falls between them: 1.5 px at 1280 px).
 */
const tolerance = (f: Box) => Math.max(0.5, 0.002 * Math.max(f.width, f.height));

/** Mercator's y for a latitude, up to scale: ln(tan(π/4 + φ/2)). */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** True when the extent fills the frame one way and is centred the other way. */
function fitsAndCentres(e: ReturnType<typeof screenExtent>, f: Box): boolean {
	const close = (a: number, b: number) => Math.abs(a - b) < tolerance(f);
	const fillsWidth = close(e.x0, f.left) && close(e.x1, f.right);
	const fillsHeight = close(e.y0, f.top) && close(e.y1, f.bottom);
	const centredX = close((e.x0 + e.x1) / 2, (f.left + f.right) / 2);
	const centredY = close((e.y0 + e.y1) / 2, (f.top + f.bottom) / 2);
	return (fillsWidth && centredY) || (fillsHeight && centredX);
}

describe('equalEarth(frame, fit) and mercator(frame, fit)', () => {
	const cases = [
		{
			title: 'equalEarth fits the world into a wide frame',
			make: equalEarth,
			args: [frame(0, 0, 1280, 600), WORLD]
		},
		{
			title: 'equalEarth fits the world into a phone frame',
			make: equalEarth,
			args: [frame(10, 20, 355, 400), WORLD]
		},
		{
			title: 'mercator fits the Korean peninsula into a tall frame',
			make: mercator,
			args: [frame(0, 0, 375, 600), KOREA]
		},
		{
			title: 'mercator fits the Korean peninsula into a wide frame',
			make: mercator,
			args: [frame(0, 0, 1280, 500), KOREA]
		}
	] as const;
	for (const { title, make, args } of cases)
		it(`${title}: inside it, filling one side, centred on the other`, () => {
			const [f, fit] = args;
			const e = screenExtent(make(f, fit), fit);
			expect(inBox([e.x0, e.y0], f, tolerance(f)) && inBox([e.x1, e.y1], f, tolerance(f))).toBe(
				true
			);
			expect(fitsAndCentres(e, f)).toBe(true);
		});

	it('equalEarth puts 0°, 0° at the centre of a world symmetric about it', () => {
		const f = frame(0, 0, 800, 400);
		const [x, y] = equalEarth(f, { west: -180, south: -60, east: 180, north: 60 })([0, 0]) as [
			number,
			number
		];
		expect(x).toBeCloseTo(400, 6);
		expect(y).toBeCloseTo(200, 6);
	});

	it('mercator keeps the shape of its box: the middle longitude at the centre, latitudes on Mercator’s y', () => {
		const f = frame(0, 0, 400, 400);
		const project = mercator(f, KOREA);
		const midLon = (KOREA.west + KOREA.east) / 2;
		const midY = (mercatorY(KOREA.north) + mercatorY(KOREA.south)) / 2;
		const midLat = (360 / Math.PI) * Math.atan(Math.exp(midY)) - 90;
		const [x, y] = project([midLon, midLat]) as [number, number];
		expect(x).toBeCloseTo(200, 6);
		expect(y).toBeCloseTo(200, 6);
	});

	it('mercator keeps the aspect: equal steps in longitude are equal steps in x, and as many pixels as in y at the equator', () => {
		const project = mercator(frame(0, 0, 400, 400), { west: -5, south: -5, east: 5, north: 5 });
		const [x0, y0] = project([-1, 0]) as [number, number];
		const [x1] = project([0, 0]) as [number, number];
		const [x2] = project([1, 0]) as [number, number];
		const [, yUp] = project([0, 0.001]) as [number, number];
		expect(x2 - x1).toBeCloseTo(x1 - x0, 9);
		// one thousandth of a degree north moves up as far as one thousandth east moves right
		expect((y0 - yUp) / 0.001).toBeCloseTo(x1 - x0, 2);
	});

	it('does not mutate its input', () => {
		const f = Object.freeze(frame(0, 0, 400, 300));
		const fit = Object.freeze({ ...GULF });
		equalEarth(f, fit);
		mercator(f, fit);
		expect([f, fit]).toEqual([frame(0, 0, 400, 300), GULF]);
	});
});

describe('zoomTo(projection, view, frame)', () => {
	const world = frame(0, 0, 768, 500);
	const project = equalEarth(world, WORLD);
	const cases = [
		{ title: 'zooms to the Gulf, a tall box in a wide frame', view: GULF, f: world },
		{
			title: 'zooms to the Korean peninsula in a phone frame',
			view: KOREA,
			f: frame(0, 0, 375, 560)
		},
		{
			title: 'zooms to a wide strip, Europe to Japan',
			view: { west: -10, south: 30, east: 145, north: 50 },
			f: world
		}
	];
	for (const { title, view, f } of cases)
		it(`${title}: inside the frame, filling one side, centred on the other`, () => {
			const e = screenExtent(project, view, zoomTo(project, view, f));
			expect(inBox([e.x0, e.y0], f, tolerance(f)) && inBox([e.x1, e.y1], f, tolerance(f))).toBe(
				true
			);
			expect(fitsAndCentres(e, f)).toBe(true);
		});

	it('is no zoom at all for the box the projection was fitted to', () => {
		const z = zoomTo(project, WORLD, world);
		expect(z.k).toBeCloseTo(1, 6);
		expect(z.x).toBeCloseTo(0, 4);
		expect(z.y).toBeCloseTo(0, 4);
	});

	it('does not mutate its input', () => {
		const view = Object.freeze({ ...GULF });
		const f = Object.freeze({ ...world });
		zoomTo(project, view, f);
		expect([view, f]).toEqual([GULF, world]);
	});
});

describe('thenZoom(first, then) and applyZoom(point, zoom)', () => {
	const cases: { args: [ZoomTransform, ZoomTransform]; expected: ZoomTransform }[] = [
		{ args: [NO_ZOOM, { k: 2, x: 10, y: -5 }], expected: { k: 2, x: 10, y: -5 } },
		{ args: [{ k: 2, x: 10, y: -5 }, NO_ZOOM], expected: { k: 2, x: 10, y: -5 } },
		{
			args: [
				{ k: 2, x: 10, y: 0 },
				{ k: 3, x: 1, y: 4 }
			],
			expected: { k: 6, x: 31, y: 4 }
		}
	];
	for (const { args, expected } of cases) {
		it(`thenZoom(${JSON.stringify(args)}) is ${JSON.stringify(expected)}`, () =>
			expect(thenZoom(...args)).toEqual(expected));
		it(`applies ${JSON.stringify(args)} one after the other as one zoom`, () => {
			for (const p of [
				[0, 0],
				[12.5, -3],
				[400, 300]
			] as [number, number][])
				expect(applyZoom(applyZoom(p, args[0]), args[1])).toEqual(applyZoom(p, thenZoom(...args)));
		});
	}
	it('applyZoom scales then translates: (10, 20) × 2 + (5, −5) = (25, 35)', () =>
		expect(applyZoom([10, 20], { k: 2, x: 5, y: -5 })).toEqual([25, 35]));
});

describe('inBox(point, box, tolerance)', () => {
	const b = frame(10, 10, 100, 50);
	const cases: { args: [[number, number], Box, number?]; expected: boolean }[] = [
		{ args: [[50, 30], b], expected: true },
		{ args: [[10, 10], b], expected: true },
		{ args: [[110.4, 60.4], b], expected: true },
		{ args: [[110.6, 30], b], expected: false },
		{ args: [[50, 9], b], expected: false },
		{ args: [[50, 9], b, 2], expected: true }
	];
	for (const { args, expected } of cases)
		it(`inBox(${JSON.stringify(args[0])}${args[2] ? `, tolerance ${args[2]}` : ''}) is ${expected}`, () =>
			expect(inBox(...args)).toBe(expected));
});
