/**
 * The `launch-site-map` graphic as pure functions: North Korea and its neighbours, each launch
 * site a circle sized by the missiles launched from it in the step's years (one scale for every
 * step, so eras compare), the busiest sites named.
 *   launchSiteMapBase(shapes, size, data) → projection, country paths and names (once per size);
 *   launchSiteMapSpec(view, data)         → missiles per site in the step's years (tweened);
 *   launchSiteMapLayout(spec, view, base, data) → circles and labels in pixels.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { missilesIn, type SiteYears } from '../../data/derive/sites.ts';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { count } from '../../lib/format.ts';
import { KOREA_EXTENT } from '../../lib/geo-files.ts';
import { inBox, mercator } from '../../lib/geo.ts';
import { placeLabels } from '../../lib/labels.ts';
import type { NoteMark } from '../../lib/marks.ts';
import { scaleSqrt, sizeKey } from '../../lib/scales.ts';
import { textWidth, wrapText } from '../../lib/place/measure.ts';
import type { LaunchSiteMapView } from './view.ts';

export { missilesIn, type SiteYears };

export interface LaunchSiteMapData {
	sites: readonly SiteYears[];
	/** Launch records from an unknown site (not mapped), by id. */
	unmapped: readonly string[];
}

export interface LaunchSiteMapBase {
	frame: Box;
	projection: GeoProjection;
	countries: { id: string; d: string; name: string; label: [number, number] | null }[];
	/** Radius for a count of missiles: one scale for every step. */
	radius: (missiles: number) => number;
	legend: { label: string; r: number }[];
}

export interface LaunchSiteMapSpec {
	/** Missiles per site (data order) in the step's years. */
	missiles: number[];
	emphasis: number[];
}

export interface SiteSymbol {
	id: string;
	cx: number;
	cy: number;
	r: number;
	opacity: number;
	missiles: number;
}

export interface LaunchSiteMapLayout {
	frame: Box;
	symbols: SiteSymbol[];
	labels: { id: string; text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
	note: NoteMark | null;
}

/** North Korea's ISO 3166 numeric code, the id of its shape: drawn in the home colour. */
export const HOME_ID = '408';

const DIMMED = 0.4;
const FONT = 12;
/** Labels are semibold (marks/Annotation.svelte, tone "label"). */
const LABEL_WEIGHT = 600;
/** How many of the busiest sites are named at each step (fewer on a narrow screen). */
const NAMED = 4;
const NAMED_NARROW = 3;

/** A site's name without the words every such name carries: "Pyongyang International Airport" → "Pyongyang Airport". */
export function shortName(name: string): string {
	return name
		.replace(/ International Airport$/, ' Airport')
		.replace(
			/ (Missile Base|Satellite Launching (Ground|Station)|Arms Plant|Testing Ground|Airfield|Field)$/,
			''
		)
		.replace(/ missile test site/i, ' test site');
}

export function launchSiteMapSpec(
	view: LaunchSiteMapView,
	data: LaunchSiteMapData
): LaunchSiteMapSpec {
	const years = view.years ?? ([0, 9999] as [number, number]);
	const picked = new Set(view.highlight ?? []);
	return {
		missiles: data.sites.map(s => missilesIn(s, years)),
		emphasis: data.sites.map(s => (picked.size === 0 || picked.has(s.id) ? 1 : 0))
	};
}

export function launchSiteMapBase(
	shapes: FeatureCollection<MultiPolygon, { name: string }> | null,
	size: Size,
	data: LaunchSiteMapData
): LaunchSiteMapBase {
	const frame = innerBox(size, { top: 4, right: 4, bottom: 4, left: 4 });
	const projection = mercator(frame, KOREA_EXTENT);
	const path = geoPath(projection);
	const countries = (shapes?.features ?? []).map(f => {
		const centre = path.centroid(f);
		return {
			id: String(f.id),
			d: path(f) ?? '',
			name: f.properties.name,
			label: Number.isFinite(centre[0]) && inBox(centre, frame, -20) ? centre : null
		};
	});
	const most = Math.max(1, ...data.sites.map(s => missilesIn(s, [0, 9999])));
	const scale = scaleSqrt([0, most], [0, Math.max(12, Math.min(30, frame.width / 14))]);
	const legend = sizeKey(most).map(v => ({
		label: `${count(v)} missile${v === 1 ? '' : 's'}`,
		r: scale(v)
	}));
	return { frame, projection, countries, radius: n => scale(Math.max(0, n)), legend };
}

export function launchSiteMapLayout(
	spec: LaunchSiteMapSpec,
	view: LaunchSiteMapView,
	base: LaunchSiteMapBase,
	data: LaunchSiteMapData
): LaunchSiteMapLayout {
	const symbols: SiteSymbol[] = [];
	data.sites.forEach((s, i) => {
		const missiles = spec.missiles[i] ?? 0;
		if (missiles < 0.05) return;
		const [cx, cy] = base.projection([s.lon, s.lat]) ?? [0, 0];
		symbols.push({
			id: s.id,
			cx,
			cy,
			r: Math.max(2, base.radius(missiles)),
			opacity: DIMMED + (1 - DIMMED) * (spec.emphasis[i] ?? 1),
			missiles
		});
	});
	return {
		frame: base.frame,
		symbols,
		labels: siteLabels(view, data, symbols, base.frame),
		note: siteNote(view, base.frame)
	};
}

/** Names the picked sites and the busiest ones of the step, without collisions. */
function siteLabels(
	view: LaunchSiteMapView,
	data: LaunchSiteMapData,
	symbols: readonly SiteSymbol[],
	frame: Box
) {
	const name = new Map(data.sites.map(s => [s.id, s.name]));
	const picked = symbols.filter(s => view.highlight?.includes(s.id));
	const busiest = [...symbols]
		.filter(s => !picked.includes(s))
		.sort((a, b) => b.missiles - a.missiles || a.id.localeCompare(b.id))
		.slice(0, Math.max(0, (frame.width < 420 ? NAMED_NARROW : NAMED) - picked.length));
	const wanted = [...picked, ...busiest];
	const text = (s: SiteSymbol) =>
		`${shortName(name.get(s.id) ?? s.id)} (${count(Math.round(s.missiles))})`;
	const requests = wanted.map(s => ({
		id: s.id,
		x: s.cx,
		y: s.cy,
		r: s.r,
		width: textWidth(text(s), FONT, LABEL_WEIGHT) + 4,
		height: FONT + 4
	}));
	// labels may cover the smallest circles (their halo keeps them legible), not the larger ones;
	// a label with no free spot is left out, unless it names a picked site or the busiest one
	const obstacles = symbols.filter(s => s.r >= 5).map(s => ({ x: s.cx, y: s.cy, r: s.r }));
	const keep = new Set([...picked.map(s => s.id), busiest[0]?.id]);
	const placed = placeLabels(requests, frame, obstacles).filter(p => !p.crowded || keep.has(p.id));
	return placed.map(p => ({
		id: p.id,
		text: text(wanted.find(s => s.id === p.id) as SiteSymbol),
		x: p.x,
		y: p.y,
		anchor: p.anchor
	}));
}

function siteNote(view: LaunchSiteMapView, frame: Box): NoteMark | null {
	if (!view.note) return null;
	const lines = wrapText(view.note, Math.min(frame.width * 0.45, 220), FONT);
	return {
		lines,
		x: frame.right - 6,
		y: frame.bottom - 8 - (lines.length - 1) * 15,
		anchor: 'end'
	};
}

/** The settled picture at a step, for a given base. */
export function launchSiteMapState(
	view: LaunchSiteMapView,
	base: LaunchSiteMapBase,
	data: LaunchSiteMapData
): LaunchSiteMapLayout {
	return launchSiteMapLayout(launchSiteMapSpec(view, data), view, base, data);
}
