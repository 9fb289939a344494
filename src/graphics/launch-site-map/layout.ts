/**
 * The `launch-site-map` graphic's layout: North Korea and its neighbours projected once per size
 * (base), each launch site a circle sized by the missiles launched from it in the step's years (one
 * scale for every step, so eras compare), the busiest sites named, clear of the circles.
 */
import type { GeoProjection } from 'd3-geo';
import { innerBox, type Box, type Size } from '../../lib/box.ts';
import { count } from '../../lib/format.ts';
import { KOREA_EXTENT } from '../../lib/geo-files.ts';
import { applyZoom, inBox, mercator, type ZoomTransform } from '../../lib/geo.ts';
import { checkedLand, planeFit } from '../../lib/plane-land.ts';
import { LAND_PLANE, onLandPlane, type LaunchLand } from './land.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { labelCircles, placed } from '../../lib/place/circle-labels.ts';
import type { Leader } from '../../lib/place/labels.ts';
import { noteInCorner } from '../../lib/place/note.ts';
import { circleRect, sizeLegendRect, textRect, type Rect } from '../../lib/place/rect.ts';
import type { NoteMark } from '../../lib/marks.ts';
import { scaleSqrt, sizeKey } from '../../lib/scales.ts';
import { ALL_YEARS } from '../../data/derive/years.ts';
import { byCodeUnits } from '../../lib/order.ts';
import type { LaunchSiteMapView } from './view.ts';
import { type LaunchSiteMapData, type LaunchSiteMapSpec, missilesIn } from './spec.ts';

const NO_LAND: LaunchLand = { plane: LAND_PLANE, countries: [] };

export interface LaunchSiteMapBase {
	frame: Box;
	projection: GeoProjection;
	/** The land's plane, and the transform that puts it on this frame. */
	plane: Size;
	fit: ZoomTransform;
	countries: { id: string; d: string; name: string; label: [number, number] | null }[];
	/** Radius for a count of missiles: one scale for every step. */
	radius: (missiles: number) => number;
	legend: { label: string; r: number }[];
}

export interface SiteSymbol {
	id: string;
	cx: number;
	cy: number;
	r: number;
	opacity: number;
	missiles: number;
}

export interface SiteLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** A line to the circle, when the label had to go farther than beside it. */
	leader?: Leader;
}

export interface LaunchSiteMapLayout {
	frame: Box;
	symbols: SiteSymbol[];
	labels: SiteLabel[];
	note: NoteMark | null;
	/** Where the size legend's circles stand: the frame's bottom left. */
	legendAt: { x: number; y: number };
}

/** North Korea's ISO 3166 numeric code, the id of its shape: drawn in the home colour. */
export const HOME_ID = '408';

const FONT = 12;

/** Labels are drawn semibold. */
const LABEL_WEIGHT = 600;

/** A note's distance from the frame's sides, top (first baseline) and bottom (last baseline). */
const NOTE_INSET = { x: 6, top: 16, bottom: 8 };

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

export function launchSiteMapBase(
	shapes: LaunchLand | null,
	size: Size,
	data: LaunchSiteMapData
): LaunchSiteMapBase {
	const frame = innerBox(size, { top: 4, right: 4, bottom: 4, left: 4 });
	const projection = mercator(frame, KOREA_EXTENT);
	const fit = planeFit(onLandPlane(), projection);
	const land = shapes ? checkedLand(shapes, 'Korea land file') : NO_LAND;
	const countries = land.countries.map(c => {
		const centre = c.centre ? applyZoom(c.centre, fit) : null;
		return {
			id: c.id,
			d: c.d,
			name: c.name,
			label: centre && inBox(centre, frame, -20) ? centre : null
		};
	});
	const most = Math.max(1, ...data.sites.map(s => missilesIn(s, ALL_YEARS)));
	const scale = scaleSqrt([0, most], [0, Math.max(12, Math.min(30, frame.width / 14))]);
	const legend = sizeKey(most).map(v => ({
		label: `${count(v)} missile${v === 1 ? '' : 's'}`,
		r: scale(v)
	}));
	return {
		frame,
		projection,
		plane: land.plane,
		fit,
		countries,
		radius: n => scale(Math.max(0, n)),
		legend
	};
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
			opacity: emphasised(spec.emphasis[i] ?? 1),
			missiles
		});
	});
	const legendAt = { x: base.frame.left + 40, y: base.frame.bottom - 4 };
	const legend = sizeLegendRect(base.legend, legendAt.x, legendAt.y);
	const circles = symbols.map(s => circleRect(s.cx, s.cy, s.r));
	const note = siteNote(view, base.frame, [...circles, legend]);
	const noted = note ? [textRect(note.lines, note.x, note.y, note.anchor, FONT)] : [];
	return {
		frame: base.frame,
		symbols,
		labels: siteLabels(view, data, symbols, base.frame, [legend, ...noted]),
		note,
		legendAt
	};
}

/** Names the picked sites and the busiest ones of the step, without collisions. */
function siteLabels(
	view: LaunchSiteMapView,
	data: LaunchSiteMapData,
	symbols: readonly SiteSymbol[],
	frame: Box,
	blocked: readonly Rect[]
) {
	const name = new Map(data.sites.map(s => [s.id, s.name]));
	const picked = symbols.filter(s => view.highlight?.includes(s.id));
	const busiest = [...symbols]
		.filter(s => !picked.includes(s))
		.sort((a, b) => b.missiles - a.missiles || byCodeUnits(a.id, b.id))
		.slice(0, Math.max(0, (frame.width < 420 ? NAMED_NARROW : NAMED) - picked.length));
	const wanted = [...picked, ...busiest];
	const text = (s: SiteSymbol) =>
		`${shortName(name.get(s.id) ?? s.id)} (${count(Math.round(s.missiles))})`;
	const requests = wanted.map(s => ({ id: s.id, text: text(s), circle: s }));
	// a label with no free spot is left out (the table lists every site), unless it names a picked
	// site or the busiest one
	const keep = new Set([...picked.map(s => s.id), busiest[0]?.id]);
	const font = { size: FONT, weight: LABEL_WEIGHT, pad: 4 };
	return labelCircles(requests, symbols, frame, blocked, font)
		.filter(p => !p.crowded || keep.has(p.id))
		.map(placed);
}

/** The step's note in a bottom corner (the right one first), clear of the sites' circles. */
function siteNote(view: LaunchSiteMapView, frame: Box, taken: readonly Rect[]): NoteMark | null {
	if (!view.note) return null;
	const style = { maxWidth: Math.min(frame.width * 0.45, 220), fontSize: FONT };
	const corners = ['bottom-right', 'top-right'] as const;
	return noteInCorner(view.note, frame, taken, { ...style, corners, inset: NOTE_INSET });
}
