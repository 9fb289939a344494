/**
 * No label or note covers another label, a point, a bar or a circle, and every text stays inside
 * the graphic: for every step of the real copy, at the sizes readers get at 320, 375, 768 and
 * 1280 px. A failure names the graphic, the step, the width and the two things.
 */
import { AXIS_BASELINE } from '../../../src/lib/place/rect.ts';
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import {
	exchangeHacks,
	launchSites,
	missileLaunches,
	theftByYear
} from '../../../src/data/index.ts';
import { exchangeMapData } from '../../../src/graphics/exchange-map/data.ts';
import { exchangeMapBase, exchangeMapState } from '../../../src/graphics/exchange-map/state.ts';
import { launchSiteMapData } from '../../../src/graphics/launch-site-map/data.ts';
import {
	launchSiteMapBase,
	launchSiteMapState
} from '../../../src/graphics/launch-site-map/state.ts';
import { monthlyPaceData } from '../../../src/graphics/monthly-pace/data.ts';
import { monthlyPaceState } from '../../../src/graphics/monthly-pace/state.ts';
import { theftLaunchScatterData } from '../../../src/graphics/theft-launch-scatter/data.ts';
import { theftLaunchScatterState } from '../../../src/graphics/theft-launch-scatter/state.ts';
import { theftVsLaunchesData } from '../../../src/graphics/theft-vs-launches/data.ts';
import { theftVsLaunchesState } from '../../../src/graphics/theft-vs-launches/state.ts';
import type { Size } from '../../../src/lib/box.ts';
import type { Bar } from '../../../src/lib/marks.ts';
import {
	circle,
	note,
	overlaps,
	rect,
	sizeLegend,
	text,
	type Drawn,
	type Thing
} from './overlaps.ts';
import { korea, world } from './shapes.ts';
import { READER_SIZES } from './sizes.ts';

const BOLD = 700;
const LABEL = 600;

function bars(name: string, list: readonly (Bar & { year?: number; month?: string })[]) {
	const marks: Thing[] = [];
	const texts: Thing[] = [];
	for (const b of list) {
		const id = `${name} ${b.year ?? b.month}`;
		marks.push(rect(`${id} bar`, b.x, b.y, b.width, b.height));
		if (b.labelOpacity > 0.01)
			texts.push(
				text(
					`${id} value label`,
					[b.label],
					b.labelX ?? b.x + b.width / 2,
					b.labelY ?? b.y - 5,
					b.labelAnchor ?? 'middle',
					12,
					BOLD
				)
			);
	}
	return { marks, texts };
}

const scatterData = theftLaunchScatterData(theftByYear, missileLaunches);
const tvlData = theftVsLaunchesData(theftByYear, missileLaunches);
const paceData = monthlyPaceData(missileLaunches, exchangeHacks, '2016-01');
const mapData = exchangeMapData(exchangeHacks);
const siteData = launchSiteMapData(missileLaunches, launchSites);

/** An x-axis's tick labels (src/marks/AxisX.svelte), each a text centred on its tick. */
const axis = (name: string, ticks: readonly { at: number; label: string }[], bottom: number) =>
	ticks.map(t => text(`${name} "${t.label}"`, [t.label], t.at, bottom + AXIS_BASELINE, 'middle'));

/** What a step draws at a size, per graphic. */
const drawn: Record<string, (view: never, size: Size) => Drawn> = {
	'theft-launch-scatter': (view, size) => {
		const s = theftLaunchScatterState(view, scatterData, size);
		return {
			texts: [
				text('dollar axis title', [s.yTitle.text], s.yTitle.x, s.yTitle.y, 'start'),
				...(s.stat.opacity > 0.01 ? note('correlation note', s.stat, LABEL) : []),
				...s.labels.map(l =>
					text(`${l.year} label`, [l.text], l.x, l.y, l.anchor, 12, l.strong ? BOLD : 400)
				),
				...note('note', s.note),
				...axis('missile axis', s.xTicks, s.box.bottom)
			],
			marks: s.points.map(p => circle(`${p.year} point`, p.cx, p.cy, p.r))
		};
	},
	'theft-vs-launches': (view, size) => {
		const s = theftVsLaunchesState(view, tvlData, size);
		const shown = s.panels.filter(p => p.opacity > 0.01 && p.box.height > 0);
		const parts = shown.map(p => bars(p.id, p.bars));
		return {
			texts: [
				...shown.map(p => text(`${p.id} title`, [p.title], p.titleX, p.titleY, 'start', 13, BOLD)),
				...shown.flatMap(p =>
					p.missing.map(m => text(`${p.id} ${m.year} n/a`, ['n/a'], m.x, m.y, 'middle', 11))
				),
				...parts.flatMap(p => p.texts),
				...note('note', s.note),
				...shown.flatMap(p => axis(`${p.id} years`, p.xTicks, p.box.bottom))
			],
			marks: [
				...parts.flatMap(p => p.marks),
				...(s.spread.opacity > 0.01
					? s.spread.marks.map(m =>
							rect(`${m.year} spread`, m.x - 3, m.yHigh - 3, 6, m.yLow - m.yHigh + 6)
						)
					: [])
			]
		};
	},
	'monthly-pace': (view, size) => {
		const s = monthlyPaceState(view, paceData, size);
		const b = bars('month', s.bars);
		const w = s.window;
		return {
			texts: [
				...Object.values(s.titles).map(t =>
					text(`"${t.text}" title`, [t.text], t.x, t.y, 'start', 13, BOLD)
				),
				...s.labels
					.filter(l => l.opacity > 0.01)
					.map(l => text(`${l.id} label`, l.lines, l.x, l.y, l.anchor, 12, LABEL)),
				...(w.opacity > 0.01
					? [text('window label', w.lines, w.x + 6, s.plot.top + 14, 'start')]
					: []),
				...b.texts,
				...note('note', s.note),
				...axis('time axis', s.xTicks, s.box.bottom)
			],
			marks: [...b.marks, ...s.bubbles.map(c => circle(`${c.id} circle`, c.cx, c.cy, c.r))]
		};
	},
	'exchange-map': (view, size) => {
		const base = exchangeMapBase(world, size, mapData);
		const s = exchangeMapState(view, base, mapData);
		return {
			texts: [
				...s.labels
					.filter(l => l.opacity > 0.01)
					.map(l => text(`${l.id} label`, [l.text], l.x, l.y, l.anchor, 12, LABEL)),
				...s.counts.map(c => text(`${c.key} count`, [c.text], c.x, c.y, c.anchor, 11, BOLD)),
				...note('note', s.note)
			],
			marks: [
				...s.symbols.map(c => circle(`${c.id} circle`, c.cx, c.cy, c.r)),
				sizeLegend(base.legend, s.legendAt.x, s.legendAt.y)
			]
		};
	},
	'launch-site-map': (view, size) => {
		const base = launchSiteMapBase(korea, size, siteData);
		const s = launchSiteMapState(view, base, siteData);
		return {
			texts: [
				...s.labels.map(l => text(`${l.id} label`, [l.text], l.x, l.y, l.anchor, 12, LABEL)),
				...note('note', s.note)
			],
			marks: [
				...s.symbols.map(c => circle(`${c.id} circle`, c.cx, c.cy, c.r)),
				sizeLegend(base.legend, s.legendAt.x, s.legendAt.y)
			]
		};
	}
};

describe('no text covers another text or a mark, and every text stays in the graphic', () => {
	for (const step of copy.steps) {
		const draw = drawn[step.graphic];
		if (!draw) continue;
		for (const size of READER_SIZES) {
			const title = `${step.graphic}, step "${step.id}", at ${size.viewport} px`;
			it(title, () => expect(overlaps(draw(step.view as never, size), size)).toEqual([]));
		}
	}
});
