/**
 * The `exchange-map` graphic's layout, per frame: every located theft as a circle at its
 * headquarters city (area ∝ dollars, colour by kind, hollow when disputed), zoomed to the step's
 * region, with labels, city counts and the note placed clear of the circles and one another.
 */
import { isConfirmed } from '../../data/derive/hacks.ts';
import type { ExchangeHack, HackKind } from '../../data/types.ts';
import { type Box } from '../../lib/box.ts';
import { emphasised } from '../../lib/emphasis.ts';
import { usd } from '../../lib/format.ts';
import { applyZoom, inBox, thenZoom, zoomTo, type ZoomTransform } from '../../lib/geo.ts';
import { labelCircles, placed } from '../../lib/place/circle-labels.ts';
import { placeLabels, type LabelRequest, type Leader } from '../../lib/place/labels.ts';
import { textWidth } from '../../lib/place/measure.ts';
import { noteInCorner } from '../../lib/place/note.ts';
import { circleRect, sizeLegendRect, textRect, type Rect } from '../../lib/place/rect.ts';
import type { Bubble, NoteMark } from '../../lib/marks.ts';
import type { ExchangeMapView } from './view.ts';
import { type ExchangeMapData, type ExchangeMapSpec, located } from './spec.ts';
import { type ExchangeMapBase, MIN_RADIUS } from './base.ts';

/** A theft on the map: a circle like the monthly chart's, coloured by the platform's kind. */
export interface MapSymbol extends Bubble {
	kind: HackKind;
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

/** A note's distance from the frame's sides, top (first baseline) and bottom (last baseline). */
const NOTE_INSET = { x: 6, top: 16, bottom: 8 };

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
			reported: !isConfirmed(h),
			unknownAmount: h.usd === null
		});
	});
	const legendAt = { x: base.frame.right - 80, y: base.frame.bottom - 4 };
	const legend = sizeLegendRect(base.legend, legendAt.x, legendAt.y);
	const note = mapNote(view, base.frame, [...symbols.map(symbolRect), legend]);
	const blocked = [legend, ...(note ? [noteRect(note)] : [])];
	// labels and counts run on every frame of a zoom: they look symbols up by id, never by
	// scanning the list per theft
	const drawn = new Map(symbols.map(s => [s.id, s]));
	const labels = mapLabels(spec, data, symbols, drawn, base.frame, blocked);
	const texts = labels.map(l => textRect([l.text], l.x, l.y, l.anchor, FONT, LABEL_WEIGHT));
	return {
		frame: base.frame,
		zoom,
		landZoom: thenZoom(base.fit, zoom),
		symbols,
		labels,
		counts: cityCounts(spec, base, data, symbols, drawn, [...blocked, ...texts]),
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
	drawn: ReadonlyMap<string, MapSymbol>,
	frame: Box,
	blocked: readonly Rect[]
): MapLabel[] {
	const wanted: { symbol: MapSymbol; h: ExchangeHack; i: number }[] = [];
	data.incidents.forEach((h, i) => {
		const symbol = drawn.get(h.id);
		if (symbol && (spec.labelled[i] ?? 0) > 0.01) wanted.push({ symbol, h, i });
	});
	const requests = wanted.map(({ h, symbol }) => ({
		id: h.id,
		text: labelText(h),
		circle: symbol
	}));
	const font = { size: FONT, weight: LABEL_WEIGHT, pad: 4 };
	return labelCircles(requests, symbols, frame, blocked, font).map((p, n) => ({
		...placed(p),
		opacity: spec.labelled[wanted[n]!.i] ?? 0
	}));
}

/** "8" beside a city whose shown thefts are packed into a cluster, so none is taken for one. */
function cityCounts(
	spec: ExchangeMapSpec,
	base: ExchangeMapBase,
	data: ExchangeMapData,
	symbols: readonly MapSymbol[],
	drawn: ReadonlyMap<string, MapSymbol>,
	blocked: readonly Rect[]
) {
	const index = incidentIndex(data);
	const requests: (LabelRequest & { text: string })[] = [];
	for (const [key, ids] of base.cities) {
		const members = ids.flatMap(id => {
			const symbol = drawn.get(id);
			return symbol && (spec.shown[index.get(id) ?? -1] ?? 0) > 0.5 ? [symbol] : [];
		});
		if (members.length < 2) continue;
		let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
		for (const s of members) {
			x0 = Math.min(x0, s.cx - s.r);
			x1 = Math.max(x1, s.cx + s.r);
			y0 = Math.min(y0, s.cy - s.r);
			y1 = Math.max(y1, s.cy + s.r);
		}
		const text = String(members.length);
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

const indexes = new WeakMap<ExchangeMapData, Map<string, number>>();

/** Each theft's position in the data, by id: made once per data set, not once per frame. */
function incidentIndex(data: ExchangeMapData): Map<string, number> {
	let index = indexes.get(data);
	if (!index) {
		index = new Map(data.incidents.map((h, i) => [h.id, i]));
		indexes.set(data, index);
	}
	return index;
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
