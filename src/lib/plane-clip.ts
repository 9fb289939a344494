/**
 * A map's land as one picture of one view, for HTML written at build time. Live, a map projects
 * its countries once on a fixed plane and a CSS transform zooms that plane into its frame
 * (src/graphics/geo/ZoomedLand.svelte); a page that carried the whole plane to show a corner of
 * it would carry the world. Here the same plane paths are moved by the same zoom and cut at the
 * frame's edge, so only what the frame shows is written, rounded to whole pixels.
 *
 * The paths are planar (projected already): they are read back from their SVG text (d3-geo's
 * `geoPath` writes only M, L and Z) and cut by d3-geo's planar rectangle clip, which keeps the
 * rings' winding, so holes stay holes. Pure; build-time only (not in the browser's bundle).
 */
import { geoIdentity, geoPath } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';
import type { Box } from './box.ts';
import type { ZoomTransform } from './geo.ts';

/** A country's outline, as SVG path data. */
export interface PlanePath {
	id: string;
	d: string;
}

/**
 * Digits kept after the point: none. A whole pixel of the drawing is finer than the coastlines of
 * the world's 110m shapes, zoomed in, and each digit costs the page about a tenth of the land's
 * bytes.
 */
const DIGITS = 0;

/**
 * Rings as compact SVG path data: each point as its step from the one before (`l` takes any
 * number of steps), points that rounding made repeat the one before left out. About half the
 * bytes of the absolute form. Points are rounded to `digits` after the point; the steps are taken
 * between rounded points, so they add up to each point exactly and no error builds up along a
 * coastline.
 */
export function compactPath(rings: readonly Position[][], digits = 0): string {
	const unit = 10 ** digits;
	const text = (n: number) => String(n / unit);
	return rings
		.map(ring => {
			const points = ring.map(([x = 0, y = 0]) => [Math.round(x * unit), Math.round(y * unit)]);
			const [first = [0, 0]] = points;
			let [x, y] = first as [number, number];
			const steps: string[] = [];
			for (const [px = 0, py = 0] of points.slice(1, -1)) {
				if (px !== x || py !== y) steps.push(`${text(px - x)},${text(py - y)}`);
				[x, y] = [px, py];
			}
			return steps.length < 2
				? ''
				: `M${text(first[0] ?? 0)},${text(first[1] ?? 0)}l${steps.join(' ')}z`;
		})
		.join('');
}

/**
 * The rings of SVG path data made of M, L and Z commands (d3-geo's `geoPath`) or of compactPath's
 * M, l and z, as lists of absolute points, each ring closed on its first point.
 */
export function pathRings(d: string): Position[][] {
	const rings: Position[][] = [];
	for (const [, command = '', args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
		const numbers = (args ?? '')
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number);
		const ring = rings.at(-1);
		if (command === 'M') rings.push([[numbers[0] ?? 0, numbers[1] ?? 0]]);
		else if (command === 'Z' || command === 'z') ring?.push(ring[0] ?? [0, 0]);
		else if (ring)
			for (let i = 0; i + 1 < numbers.length; i += 2) {
				const [x = 0, y = 0] = command === 'l' ? (ring.at(-1) ?? [0, 0]) : [0, 0];
				ring.push([x + (numbers[i] ?? 0), y + (numbers[i + 1] ?? 0)]);
			}
	}
	return rings.filter(ring => ring.length > 3);
}

/**
 * The outlines as the frame shows them: each plane point p is drawn at `p × zoom.k + (zoom.x,
 * zoom.y)` (the graphic's pixels), then taken into the frame's own pixels (its top-left corner at
 * 0, 0) and cut at the frame's edge, widened by `bleed` so that no border is drawn along the cut.
 * Countries wholly outside the frame are left out.
 */
export function clipPlanePaths(
	countries: readonly PlanePath[],
	zoom: ZoomTransform,
	frame: Box,
	bleed = 2
): PlanePath[] {
	const place = geoIdentity()
		.scale(zoom.k)
		.translate([zoom.x - frame.left, zoom.y - frame.top])
		.clipExtent([
			[-bleed, -bleed],
			[frame.width + bleed, frame.height + bleed]
		]);
	const path = geoPath(place).digits(DIGITS);
	return countries
		.map(c => {
			const shape: MultiPolygon = {
				type: 'MultiPolygon',
				coordinates: [pathRings(c.d)]
			};
			return { id: c.id, d: compactPath(pathRings(path(shape) ?? '')) };
		})
		.filter(c => c.d !== '');
}
