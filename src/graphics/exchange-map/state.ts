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
import type { ExchangeHack, HackKind } from '../../data/types.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { packAround, type Offset } from '../../lib/place/pack.ts';
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
import { placeLabels, type LabelRequest, type Leader } from '../../lib/place/labels.ts';
import { textWidth } from '../../lib/place/measure.ts';
import { noteInCorner } from '../../lib/place/note.ts';
import { circleRect, sizeLegendRect, textRect, type Rect } from '../../lib/place/rect.ts';
import { scaleSqrt, sizeKey } from '../../lib/scales.ts';
import type { NoteMark } from '../../lib/marks.ts';
import { ALL_YEARS, inYears } from '../../lib/years.ts';
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
	/** A line to the circle, when the label had to go farther than beside it. */
	leader?: Leader;
}

export interface ExchangeMapLayout {
	frame: Box;
	zoom: ZoomTransform;
	/** The land plane's transform on screen: the frame's fit, then the zoom. */
	landZoom: ZoomTransform;
	symbols: MapSymbol[];
	labels: MapLabel[];
	/** Cities with more than one shown theft: a count beside the cluster. */
	counts: { key: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string }[];
	note: NoteMark | null;
	/** Where the size legend's circles stand: the frame's bottom right. */
	legendAt: { x: number; y: number };
}

const FONT = 12;
/** Labels are drawn semibold. */
const LABEL_WEIGHT = 600;
/** Circles never shrink below this, so the smallest thefts stay visible and tappable. */
const MIN_RADIUS = 2.5;
/** A note's distance from the frame's sides, top (first baseline) and bottom (last baseline). */
const NOTE_INSET = { x: 6, top: 16, bottom: 8 };

export const cityKey = (h: ExchangeHack) => `${h.lat},${h.lon}`;

function located(h: ExchangeHack): h is ExchangeHack & { lat: number; lon: number } {
	return h.lat !== null && h.lon !== null;
}

function within(h: ExchangeHack, b: GeoBox): boolean {
	return located(h) && h.lon >= b.west && h.lon <= b.east && h.lat >= b.south && h.lat <= b.north;
}

export function exchangeMapSpec(view: ExchangeMapView, data: ExchangeMapData): ExchangeMapSpec {
	const region = REGIONS[view.region ?? 'world'];
	const years = view.years ?? ALL_YEARS;
	const picked = new Set(view.highlight ?? []);
	const year = (h: ExchangeHack) => Number(h.date.slice(0, 4));
	return {
		...region,
		shown: data.incidents.map(h => (within(h, region) && inYears(year(h), years) ? 1 : 0)),
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
			opacity: shown * emphasised(spec.emphasis[i] ?? 1),
			disputed: h.attributionLevel === 'disputed',
			unknownAmount: h.usd === null
		});
	});
	const legendAt = { x: base.frame.right - 80, y: base.frame.bottom - 4 };
	const legend = sizeLegendRect(base.legend, legendAt.x, legendAt.y);
	const note = mapNote(view, base.frame, [...symbols.map(symbolRect), legend]);
	const blocked = [legend, ...(note ? [noteRect(note)] : [])];
	const labels = mapLabels(spec, data, symbols, base.frame, blocked);
	const texts = labels.map(l => textRect([l.text], l.x, l.y, l.anchor, FONT, LABEL_WEIGHT));
	return {
		frame: base.frame,
		zoom,
		landZoom: thenZoom(base.fit, zoom),
		symbols,
		labels,
		counts: cityCounts(spec, base, data, symbols, [...blocked, ...texts]),
		note,
		legendAt
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
	frame: Box,
	blocked: readonly Rect[]
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
		symbols.map(s => ({ x: s.cx, y: s.cy, r: s.r })),
		blocked
	);
	return placed.map(p => {
		const { h, i } = wanted.find(w => w.h.id === p.id) as { h: ExchangeHack; i: number };
		return {
			id: h.id,
			text: labelText(h),
			x: p.x,
			y: p.y,
			anchor: p.anchor,
			opacity: spec.labelled[i] ?? 0,
			...(p.leader ? { leader: p.leader } : {})
		};
	});
}

/** "8" beside a city whose shown thefts are packed into a cluster, so none is taken for one. */
function cityCounts(
	spec: ExchangeMapSpec,
	base: ExchangeMapBase,
	data: ExchangeMapData,
	symbols: readonly MapSymbol[],
	blocked: readonly Rect[]
) {
	const index = new Map(data.incidents.map((h, i) => [h.id, i]));
	const requests: (LabelRequest & { text: string })[] = [];
	for (const [key, ids] of base.cities) {
		const shown = ids.filter(
			id => (spec.shown[index.get(id) ?? -1] ?? 0) > 0.5 && symbols.some(s => s.id === id)
		);
		if (shown.length < 2) continue;
		const members = symbols.filter(s => shown.includes(s.id));
		const x0 = Math.min(...members.map(s => s.cx - s.r));
		const x1 = Math.max(...members.map(s => s.cx + s.r));
		const y0 = Math.min(...members.map(s => s.cy - s.r));
		const y1 = Math.max(...members.map(s => s.cy + s.r));
		const text = String(shown.length);
		const [x, y, r] = [(x0 + x1) / 2, (y0 + y1) / 2, Math.max(x1 - x0, y1 - y0) / 2];
		requests.push({ id: key, x, y, r, width: textWidth(text, 11, 700) + 2, height: 13, text });
	}
	const circles = symbols.map(s => ({ x: s.cx, y: s.cy, r: s.r }));
	return placeLabels(requests, base.frame, circles, blocked).map((p, i) => ({
		key: p.id,
		x: p.x,
		y: p.y,
		anchor: p.anchor,
		text: requests[i]!.text
	}));
}

const symbolRect = (s: MapSymbol): Rect => circleRect(s.cx, s.cy, s.r);
const noteRect = (n: NoteMark): Rect => textRect(n.lines, n.x, n.y, n.anchor, FONT);

/** The step's note in a bottom corner (the left one first), clear of the thefts' circles. */
function mapNote(view: ExchangeMapView, frame: Box, taken: readonly Rect[]): NoteMark | null {
	if (!view.note) return null;
	const style = { maxWidth: Math.min(frame.width * 0.5, 240), fontSize: FONT };
	const corners = ['bottom-left', 'top-left'] as const;
	return noteInCorner(view.note, frame, taken, { ...style, corners, inset: NOTE_INSET });
}

/** The settled picture at a step, for a given base. */
export function exchangeMapState(
	view: ExchangeMapView,
	base: ExchangeMapBase,
	data: ExchangeMapData
): ExchangeMapLayout {
	return exchangeMapLayout(exchangeMapSpec(view, data), view, base, data);
}
