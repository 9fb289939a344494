/**
 * The `exchange-map` graphic as pure functions: every located theft as a circle at its
 * headquarters city (area ∝ dollars, colour by kind, hollow when the attribution is disputed) on
 * an Equal Earth world map that zooms to a region by step.
 *   exchangeLand(shapes)                → country paths on a fixed plane (once per page);
 *   exchangeMapBase(shapes, size)       → projection, land, city clusters (once per size);
 *   exchangeMapSpec(view, data)         → the tweened numbers (the view box, who is shown);
 *   exchangeMapLayout(spec, view, base, data) → every symbol and label in pixels, per frame.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isLocated } from '../../data/derive/hacks.ts';
import type { ExchangeHack, HackKind } from '../../data/types.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { packAround, type Offset } from '../../lib/cluster.ts';
import { usd } from '../../lib/format.ts';
import {
	applyZoom,
	equalEarth,
	inBox,
	thenZoom,
	zoomTo,
	type GeoBox,
	type ZoomTransform
} from '../../lib/geo.ts';
import { placeLabels } from '../../lib/labels.ts';
import { scaleSqrt, sizeKey } from '../../lib/scales.ts';
import type { NoteMark } from '../../lib/marks.ts';
import { textWidth, wrapText } from '../../lib/place/measure.ts';
import { REGIONS } from './regions.ts';
import type { ExchangeMapView } from './view.ts';

export interface ExchangeMapData {
	/** Every incident, by date; those without coordinates are listed, not drawn. */
	incidents: readonly ExchangeHack[];
	/** The largest theft, which sets the size scale. */
	maxUsd: number;
}

/** The countries, projected once on a fixed plane; a frame's fit and a step's zoom move it. */
export interface ExchangeLand {
	/** The plane's size (px). */
	plane: Size;
	countries: { id: string; d: string }[];
}

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

export interface ExchangeMapSpec {
	/** The view box (degrees). */
	west: number;
	south: number;
	east: number;
	north: number;
	/** 0 to 1 per incident (data order): how far it has appeared. */
	shown: number[];
	emphasis: number[];
	labelled: number[];
}

export interface MapSymbol {
	id: string;
	kind: HackKind;
	cx: number;
	cy: number;
	r: number;
	opacity: number;
	disputed: boolean;
	/** No amount given by any source: drawn as a small dashed ring. */
	unknownAmount: boolean;
}

export interface MapLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	opacity: number;
}

export interface ExchangeMapLayout {
	frame: Box;
	zoom: ZoomTransform;
	/** The land plane's transform on screen: the frame's fit, then the zoom. */
	landZoom: ZoomTransform;
	symbols: MapSymbol[];
	labels: MapLabel[];
	/** Cities with more than one shown theft: a count beside the cluster. */
	counts: { key: string; x: number; y: number; text: string }[];
	note: NoteMark | null;
}

const DIMMED = 0.35;
const FONT = 12;
/** Labels are semibold (marks/Annotation.svelte, tone "label"). */
const LABEL_WEIGHT = 600;
/** Circles never shrink below this, so the smallest thefts stay visible and tappable. */
const MIN_RADIUS = 2.5;

export const cityKey = (h: ExchangeHack) => `${h.lat},${h.lon}`;

const located = isLocated<ExchangeHack>;

function within(h: ExchangeHack, b: GeoBox): boolean {
	return located(h) && h.lon >= b.west && h.lon <= b.east && h.lat >= b.south && h.lat <= b.north;
}

export function exchangeMapSpec(view: ExchangeMapView, data: ExchangeMapData): ExchangeMapSpec {
	const region = REGIONS[view.region ?? 'world'];
	const [from, to] = view.years ?? [0, 9999];
	const picked = new Set(view.highlight ?? []);
	const year = (h: ExchangeHack) => Number(h.date.slice(0, 4));
	return {
		...region,
		shown: data.incidents.map(h => (within(h, region) && year(h) >= from && year(h) <= to ? 1 : 0)),
		emphasis: data.incidents.map(h => (picked.size === 0 || picked.has(h.id) ? 1 : 0)),
		labelled: data.incidents.map(h => (picked.has(h.id) ? 1 : 0))
	};
}

/** Largest circle: a sixteenth of the frame's width, within bounds that read on a phone and a desktop. */
function maxRadius(frame: Box): number {
	return Math.max(14, Math.min(34, frame.width / 16));
}

/** The land's plane: the world fitted into this box; paths to a hundredth of its pixels. */
const PLANE: Box = innerBox({ width: 1000, height: 500 }, { top: 0, right: 0, bottom: 0, left: 0 });
const NO_LAND: ExchangeLand = { plane: PLANE, countries: [] };
const lands = new WeakMap<Topology, ExchangeLand>();
let planeProjection: GeoProjection | undefined;
const onPlane = () => (planeProjection ??= equalEarth(PLANE, REGIONS.world));

/**
 * Projects the countries once per page, on a fixed plane: a new size or a zoom only changes the
 * transform that puts the plane on screen, never the paths (projecting the world costs a phone a
 * tenth of a second). Memoised on the shapes object.
 */
export function exchangeLand(shapes: Topology | null): ExchangeLand {
	if (!shapes) return NO_LAND;
	const known = lands.get(shapes);
	if (known) return known;
	const path = geoPath(onPlane()).digits(2);
	const land: ExchangeLand = {
		plane: PLANE,
		countries: feature(shapes, shapes.objects.countries as GeometryCollection).features.map(f => ({
			id: String(f.id ?? (f.properties as { name?: string } | null)?.name ?? ''),
			d: path(f) ?? ''
		}))
	};
	lands.set(shapes, land);
	return land;
}

/** Both projections fit the same box, so they differ by a scale and a translation only. */
function planeFit(projection: GeoProjection): ZoomTransform {
	const plane = onPlane();
	const k = projection.scale() / plane.scale();
	const [tx, ty] = projection.translate();
	const [px, py] = plane.translate();
	return { k, x: tx - k * px, y: ty - k * py };
}

export function exchangeMapBase(
	shapes: Topology | null,
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
	const land = exchangeLand(shapes);
	const fit = planeFit(projection);
	return { size, frame, projection, land, fit, radius, offset, cities, legend };
}

export function exchangeMapLayout(
	spec: ExchangeMapSpec,
	view: ExchangeMapView,
	base: ExchangeMapBase,
	data: ExchangeMapData
): ExchangeMapLayout {
	const zoom = zoomTo(base.projection, spec, base.frame);
	const at = (h: ExchangeHack & { lat: number; lon: number }): [number, number] => {
		const [x, y] = applyZoom(base.projection([h.lon, h.lat]) ?? [0, 0], zoom);
		const o = base.offset.get(h.id) ?? { dx: 0, dy: 0 };
		return [x + o.dx, y + o.dy];
	};
	const symbols: MapSymbol[] = [];
	data.incidents.forEach((h, i) => {
		const shown = spec.shown[i] ?? 0;
		if (!located(h) || shown < 0.01) return;
		const [cx, cy] = at(h);
		if (!inBox([cx, cy], base.frame, 40)) return;
		symbols.push({
			id: h.id,
			kind: h.kind,
			cx,
			cy,
			r: (base.radius.get(h.id) ?? MIN_RADIUS) * Math.sqrt(shown),
			opacity: shown * (DIMMED + (1 - DIMMED) * (spec.emphasis[i] ?? 1)),
			disputed: h.attributionLevel === 'disputed',
			unknownAmount: h.usd === null
		});
	});
	return {
		frame: base.frame,
		zoom,
		landZoom: thenZoom(base.fit, zoom),
		symbols,
		labels: mapLabels(spec, data, symbols, base.frame),
		counts: cityCounts(spec, base, data, symbols),
		note: mapNote(view, base.frame)
	};
}

function labelText(h: ExchangeHack): string {
	return h.usd === null
		? (h.platform.split(/[ (]/)[0] ?? h.platform)
		: `${h.platform.split(/[ (]/)[0]} ${usd(h.usd)}`;
}

function mapLabels(
	spec: ExchangeMapSpec,
	data: ExchangeMapData,
	symbols: readonly MapSymbol[],
	frame: Box
): MapLabel[] {
	const wanted = data.incidents
		.map((h, i) => ({ h, i }))
		.filter(({ h, i }) => (spec.labelled[i] ?? 0) > 0.01 && symbols.some(s => s.id === h.id));
	const requests = wanted.map(({ h }) => {
		const s = symbols.find(sym => sym.id === h.id) as MapSymbol;
		return {
			id: h.id,
			x: s.cx,
			y: s.cy,
			r: s.r,
			width: textWidth(labelText(h), FONT, LABEL_WEIGHT) + 4,
			height: FONT + 4
		};
	});
	const placed = placeLabels(
		requests,
		frame,
		symbols.map(s => ({ x: s.cx, y: s.cy, r: s.r }))
	);
	return placed.map(p => {
		const { h, i } = wanted.find(w => w.h.id === p.id) as { h: ExchangeHack; i: number };
		return {
			id: h.id,
			text: labelText(h),
			x: p.x,
			y: p.y,
			anchor: p.anchor,
			opacity: spec.labelled[i] ?? 0
		};
	});
}

/** "8" beside a city whose shown thefts are packed into a cluster, so none is taken for one. */
function cityCounts(
	spec: ExchangeMapSpec,
	base: ExchangeMapBase,
	data: ExchangeMapData,
	symbols: readonly MapSymbol[]
) {
	const index = new Map(data.incidents.map((h, i) => [h.id, i]));
	const out: ExchangeMapLayout['counts'] = [];
	for (const [key, ids] of base.cities) {
		const shown = ids.filter(
			id => (spec.shown[index.get(id) ?? -1] ?? 0) > 0.5 && symbols.some(s => s.id === id)
		);
		if (shown.length < 2) continue;
		const members = symbols.filter(s => shown.includes(s.id));
		const right = Math.max(...members.map(s => s.cx + s.r));
		const top = Math.min(...members.map(s => s.cy - s.r));
		out.push({ key, x: right + 2, y: top + 2, text: String(shown.length) });
	}
	return out;
}

function mapNote(view: ExchangeMapView, frame: Box): NoteMark | null {
	if (!view.note) return null;
	const lines = wrapText(view.note, Math.min(frame.width * 0.5, 240), FONT);
	return {
		lines,
		x: frame.left + 6,
		y: frame.bottom - 8 - (lines.length - 1) * 15,
		anchor: 'start'
	};
}

/** The settled picture at a step, for a given base. */
export function exchangeMapState(
	view: ExchangeMapView,
	base: ExchangeMapBase,
	data: ExchangeMapData
): ExchangeMapLayout {
	return exchangeMapLayout(exchangeMapSpec(view, data), view, base, data);
}
