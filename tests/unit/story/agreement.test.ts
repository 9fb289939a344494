/**
 * For every step of the real copy, what the copy says, what the marks show and what the table
 * lists are the same numbers. Each figure a step cites through a placeholder (in its text, alt
 * text, notes or state) is read three ways and printed through src/lib/format.ts:
 *   the copy:  the placeholder as the build resolves it (src/story/placeholders.ts);
 *   the marks: the step's graphic state (src/graphics/<id>/state.ts): the marks' geometry (a
 *              bar's height, a spread line's ends, how many circles) and the text they carry;
 *   the table: the step's data table (src/graphics/<id>/table.ts).
 * A figure the step's graphic does not show (a date, another counter's count, a share) is not
 * compared; the last block checks that the 2022 range, the correlation, yearly theft and
 * launches, monthly launches, sites used and thefts counted all were.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { loadAll } from '../../../src/build/load.ts';
import { offMap } from '../../../src/graphics/exchange-map/lists.ts';
import * as data from '../../../src/data/index.ts';
import { exchangeMapData } from '../../../src/graphics/exchange-map/data.ts';
import { exchangeMapBase, exchangeMapState } from '../../../src/graphics/exchange-map/state.ts';
import { exchangeMapTable } from '../../../src/graphics/exchange-map/table.ts';
import type { ExchangeMapView } from '../../../src/graphics/exchange-map/view.ts';
import { launchSiteMapData } from '../../../src/graphics/launch-site-map/data.ts';
import {
	launchSiteMapBase,
	launchSiteMapState
} from '../../../src/graphics/launch-site-map/state.ts';
import { launchSiteMapTable } from '../../../src/graphics/launch-site-map/table.ts';
import type { LaunchSiteMapView } from '../../../src/graphics/launch-site-map/view.ts';
import { monthlyPaceData } from '../../../src/graphics/monthly-pace/data.ts';
import { monthlyPaceSpec, monthlyPaceState } from '../../../src/graphics/monthly-pace/state.ts';
import { monthlyPaceTable } from '../../../src/graphics/monthly-pace/table.ts';
import type { MonthlyPaceView } from '../../../src/graphics/monthly-pace/view.ts';
import { theftLaunchScatterData } from '../../../src/graphics/theft-launch-scatter/data.ts';
import { theftLaunchScatterState } from '../../../src/graphics/theft-launch-scatter/state.ts';
import { theftLaunchScatterTable } from '../../../src/graphics/theft-launch-scatter/table.ts';
import type { TheftLaunchScatterView } from '../../../src/graphics/theft-launch-scatter/view.ts';
import { theftVsLaunchesData } from '../../../src/graphics/theft-vs-launches/data.ts';
import {
	theftVsLaunchesSpec,
	theftVsLaunchesState
} from '../../../src/graphics/theft-vs-launches/state.ts';
import { theftVsLaunchesTable } from '../../../src/graphics/theft-vs-launches/table.ts';
import type { TheftVsLaunchesView } from '../../../src/graphics/theft-vs-launches/view.ts';
import type { Box, Size } from '../../../src/lib/box.ts';
import { usd } from '../../../src/lib/format.ts';
import type { DataTable } from '../../../src/lib/table.ts';
import { printFigure } from '../../../src/story/figure-text.ts';
import { placeholderResolver } from '../../../src/story/placeholders.ts';
import { korea, world } from '../graphics/shapes.ts';
import { SIZES } from '../graphics/sizes.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../data');
const copySays = placeholderResolver(loadAll(DATA_DIR).dataset);

/** The placeholder names each step of data/story.aml cites, by step id. */
const cited = new Map(
	(
		archieml.load(readFileSync(resolve(DATA_DIR, 'story.aml'), 'utf8')) as {
			steps: { id: string }[];
		}
	).steps.map(s => [
		s.id,
		[...new Set([...JSON.stringify(s).matchAll(/\{([a-z0-9.|-]+)\}/gi)].map(m => m[1]!))]
	])
);

// the graphics' data as the story binds it (src/story/parts/<id>.ts)
const tvl = theftVsLaunchesData(data.theftByYear, data.missileLaunches);
const scatter = theftLaunchScatterData(data.theftByYear, data.missileLaunches);
const monthly = monthlyPaceData(data.missileLaunches, data.exchangeHacks, '2016-01');
const hacks = exchangeMapData(data.exchangeHacks);
const sites = launchSiteMapData(data.missileLaunches, data.launchSites);

/** One figure as the marks and the table give it (each may give it more than once, or not). */
interface Readout {
	marks: string[];
	table: string[];
}

/** The value at `y` on a scale from 0 (box.bottom) to `max` (box.top). */
const valueAt = (y: number, box: Box, max: number) => ((box.bottom - y) / box.height) * max;

/** A count read off a mark or a table, printed as the placeholder `name` prints it. */
function say(name: string, value: number): string {
	const whole = Math.round(value);
	if (Math.abs(value - whole) > 1e-6) return `${value} (not a whole count)`;
	return printFigure({ kind: 'count', value: whole }, name.split('|').slice(1));
}

const cell = (table: DataTable, key: string, column: number) =>
	table.rows.find(r => r.key === key)?.cells[column] ?? `no row ${key}`;
const digits = (text: string) => Number(text.replace(/\D/g, ''));
const all = (years: readonly [number, number] | undefined) => years === undefined;
const only = (years: readonly [number, number] | undefined, from: number, to = from) =>
	years?.[0] === from && years[1] === to;

/** A year's theft, its range across estimators and its missiles. */
function theftVsLaunches(view: TheftVsLaunchesView, name: string, size: Size): Readout | null {
	const state = theftVsLaunchesState(view, tvl, size);
	const spec = theftVsLaunchesSpec(view, tvl);
	const table = theftVsLaunchesTable(view, tvl);
	const [theft, launches] = state.panels as [(typeof state.panels)[0], (typeof state.panels)[0]];
	const onAxis = (year: number) => year >= spec.x0 && year <= spec.x1;
	let m = /^theft\.(\d{4})$/.exec(name);
	if (m && onAxis(Number(m[1]))) {
		const bar = theft.bars.find(b => b.year === Number(m![1]));
		const label = bar?.label.replace('\u2248', '') ?? 'no bar';
		// a bar under a pixel tall is drawn a pixel tall: then only its label says how much
		const height = bar && bar.height > 1 ? [usd(valueAt(bar.y, theft.box, spec.theftMax))] : [];
		return { marks: [...height, label], table: [cell(table, m[1]!, 1).replace('*', '')] };
	}
	m = /^theft\.(\d{4})\.(low|high)$/.exec(name);
	if (m && view.spread) {
		const line = state.spread.marks.find(s => s.year === Number(m![1]));
		const end = m[2] === 'low' ? line?.yLow : line?.yHigh;
		const [low = '', high = ''] = cell(table, m[1]!, 2).split('\u2013');
		return {
			marks: [end === undefined ? 'no line' : usd(valueAt(end, theft.box, spec.theftMax))],
			table: [m[2] === 'low' ? low : high]
		};
	}
	m = /^launches\.(\d{4})(\|digits)?$/.exec(name);
	if (m && launches.opacity === 1 && onAxis(Number(m[1]))) {
		const bar = launches.bars.find(b => b.year === Number(m![1]));
		const height = bar ? valueAt(bar.y, launches.box, spec.launchMax) : NaN;
		return {
			marks: [say(name, height), say(name, digits(bar?.label ?? ''))],
			table: [say(name, digits(cell(table, m[1]!, 3)))]
		};
	}
	return null;
}

/** The correlation (r, n, p, with and without preliminary years) and the years it rests on. */
function theftLaunchScatter(
	view: TheftLaunchScatterView,
	name: string,
	size: Size
): Readout | null {
	const state = theftLaunchScatterState(view, scatter, size);
	const table = theftLaunchScatterTable(view, scatter);
	const shown = state.stat.opacity === 1;
	const stat =
		/r\s=\s(\S+) over (\d+) years \((\d{4})\u2013(\d{4})\); r\s=\s(\S+) without .*\((\d+)\syears\)/.exec(
			state.stat.lines.join(' ')
		) ?? [];
	const note =
		/r = (\S+) over (\d+) years \(p = ([^)]+)\); (\S+) over the (\d+) years/.exec(
			table.note ?? ''
		) ?? [];
	const years = state.points.map(p => p.year);
	const rows = table.rows.map(r => r.key);
	const ifShown = (...readings: (string | undefined)[]) => (shown ? readings.map(String) : []);
	const readouts: Record<string, Readout> = {
		'stats.r': { marks: ifShown(stat[1]), table: [String(note[1])] },
		'stats.n': {
			marks: [say(name, years.length), ...ifShown(say(name, Number(stat[2])))],
			table: [say(name, rows.length), say(name, Number(note[2]))]
		},
		'stats.p': { marks: [], table: [String(note[3])] },
		'stats.r-final': { marks: ifShown(stat[5]), table: [String(note[4])] },
		'stats.n-final': {
			marks: ifShown(say(name, Number(stat[6]))),
			table: [say(name, Number(note[5]))]
		},
		'stats.from': { marks: [String(years[0]), ...ifShown(stat[3])], table: [String(rows[0])] },
		'stats.to': { marks: [String(years.at(-1)), ...ifShown(stat[4])], table: [String(rows.at(-1))] }
	};
	return readouts[name.replace(/\|.*/, '')] ?? null;
}

/** Missiles in a month. */
function monthlyPace(view: MonthlyPaceView, name: string, size: Size): Readout | null {
	const m = /^launches\.(\d{4}-\d{2})(\|digits)?$/.exec(name);
	const state = monthlyPaceState(view, monthly, size);
	const bar = m && state.bars.find(b => b.month === m[1]);
	if (!m || !bar) return null;
	const height = valueAt(bar.y, state.plot, monthlyPaceSpec(view, monthly).yMax);
	return {
		marks: [say(name, height), say(name, digits(bar.label))],
		table: [say(name, digits(cell(monthlyPaceTable(view, monthly), m[1]!, 1)))]
	};
}

/** Thefts counted (all years, the whole world) and one theft's amount. */
function exchangeMap(view: ExchangeMapView, name: string, size: Size): Readout | null {
	const state = exchangeMapState(view, exchangeMapBase(world, size, hacks), hacks);
	const table = exchangeMapTable(view, hacks);
	const whole = all(view.years) && (view.region ?? 'world') === 'world';
	// the list of thefts that can't be placed, as ExchangeMap.svelte draws it (every year here);
	// thefts only reported are listed apart and counted nowhere
	const unplaced = offMap(hacks.incidents).unlocated.length;
	const counted = table.rows.filter(r => !r.cells[5]!.includes('not counted'));
	const unknownBase = counted.filter(r => r.cells[4] === 'not known').length;
	const symbols = state.symbols.filter(s => !s.reported);
	const m = /^hack\.([a-z0-9-]+)$/.exec(name);
	if (m) {
		const label = state.labels.find(l => l.id === m[1]);
		return {
			marks: label ? [label.text.split(' ').at(-1)!] : [],
			table: [cell(table, m[1]!, 2)]
		};
	}
	if (!whole) return null;
	const counts: Record<string, Readout> = {
		'hacks.total': {
			marks: [say(name, symbols.length + unplaced)],
			table: [say(name, counted.length)]
		},
		'hacks.located': {
			marks: [say(name, symbols.length)],
			table: [say(name, counted.length - unknownBase)]
		},
		'hacks.unlocated': { marks: [say(name, unplaced)], table: [say(name, unknownBase)] }
	};
	return counts[name.replace(/\|.*/, '')] ?? null;
}

/** Sites used in the step's years, and the missiles from one site over every year. */
function launchSiteMap(view: LaunchSiteMapView, name: string, size: Size): Readout | null {
	const state = launchSiteMapState(view, launchSiteMapBase(korea, size, sites), sites);
	const table = launchSiteMapTable(view, sites);
	const used = (): Readout => ({
		marks: [say(name, state.symbols.filter(s => s.missiles > 0).length)],
		table: [say(name, table.rows.length)]
	});
	const m = /^sites\.(\d{4})(?:\.\.(\d{4}))?$/.exec(name);
	if (name === 'sites.count' && all(view.years)) return used();
	if (m && only(view.years, Number(m[1]), Number(m[2] ?? m[1]))) return used();
	const site = /^site\.([a-z0-9-]+)$/.exec(name);
	if (site && all(view.years)) {
		const symbol = state.symbols.find(s => s.id === site[1]);
		return {
			marks: [symbol ? say(name, symbol.missiles) : 'no circle'],
			table: [say(name, digits(cell(table, site[1]!, 1)))]
		};
	}
	return null;
}

/** Reads `name` off the step's graphic, or null when the graphic does not show that figure. */
function readout(step: (typeof copy.steps)[number], name: string, size: Size): Readout | null {
	switch (step.graphic) {
		case 'theft-vs-launches':
			return theftVsLaunches(step.view, name, size);
		case 'theft-launch-scatter':
			return theftLaunchScatter(step.view, name, size);
		case 'monthly-pace':
			return monthlyPace(step.view, name, size);
		case 'exchange-map':
			return exchangeMap(step.view, name, size);
		case 'launch-site-map':
			return launchSiteMap(step.view, name, size);
	}
}

/** Every figure compared, by placeholder name (without modifiers), for the coverage check. */
const compared = new Set<string>();

describe('the copy, the marks and the table agree, for every step of the real copy', () => {
	for (const step of copy.steps) {
		for (const size of SIZES) {
			it(`"${step.id}" (${step.graphic}) at ${size.width}×${size.height}`, () => {
				for (const name of cited.get(step.id) ?? []) {
					const said = copySays(name);
					const read = readout(step, name, size);
					if (!read) continue;
					expect(read.marks.length + read.table.length, name).toBeGreaterThan(0);
					for (const mark of read.marks) expect(mark, `${name}: the marks`).toBe(said);
					for (const row of read.table) expect(row, `${name}: the table`).toBe(said);
					compared.add(name.replace(/\|.*/, ''));
				}
			});
		}
	}

	it('compared the 2022 range, the correlation, yearly and monthly figures, sites and thefts', () => {
		for (const name of [
			'theft.2022.low',
			'theft.2022.high',
			'stats.r',
			'stats.n',
			'stats.p',
			'stats.r-final',
			'stats.n-final',
			'theft.2018',
			'theft.2022',
			'launches.2022',
			'launches.2022-01',
			'sites.count',
			'sites.2022',
			'sites.1984..2011',
			'site.pyongyang',
			'hacks.total',
			'hacks.located',
			'hacks.unlocated'
		])
			expect(compared, name).toContain(name);
	});
});
