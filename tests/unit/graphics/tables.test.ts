/**
 * Each graphic's data table, for every step of the real copy: well formed (a cell per column, no
 * NaN or "undefined"), and holding the same numbers the graphic draws.
 */
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { exchangeHacks, mainTheftSeries, missileLaunches } from '../../../src/data/index.ts';
import { launchesByYear } from '../../../src/data/derive/launches.ts';
import { count, usd } from '../../../src/lib/format.ts';
import {
	GRAPHIC_IDS,
	loadPart,
	loadedPart,
	type LoadedParts
} from '../../../src/graphics/registry.ts';
import type { StepView } from '../../../src/story/types.ts';
import { ALL_YEARS } from '../../../src/data/derive/years.ts';

const years = launchesByYear(missileLaunches, 2016, 2026);
// every graphic's chunk, loaded through the registry as the story loads it
const loaded: LoadedParts = Object.fromEntries(
	await Promise.all(GRAPHIC_IDS.map(async id => [id, await loadPart(id)]))
);
const launchSiteMapData = loaded['launch-site-map']!.data;
const theftLaunchScatterData = loaded['theft-launch-scatter']!.data;

/** A step's table, as the figure under a graphic asks for it (src/story/StepFigure.svelte). */
function tableFor(step: StepView) {
	const part = loadedPart(loaded, step.graphic);
	if (!part) throw new Error(`no chunk for ${step.graphic}`);
	return part.table(step.view);
}

describe('loadedPart(loaded, id)', () => {
	it('is undefined while the graphic is not loaded, and its chunk once it is', () => {
		const id = copy.steps[0]!.graphic;
		expect(loadedPart({}, id)).toBeUndefined();
		expect(loadedPart({ [id]: loaded[id] }, id)).toBe(loaded[id]);
	});
});

describe('tableFor(step)', () => {
	for (const step of copy.steps)
		it(`${step.id}: a caption, a header per column, a cell per column in every row`, () => {
			const table = tableFor(step);
			expect(table.caption.length).toBeGreaterThan(5);
			expect(table.rows.length).toBeGreaterThan(0);
			for (const row of table.rows) {
				expect(row.cells).toHaveLength(table.columns.length);
				expect(row.cells.join(' ')).not.toMatch(/\bNaN\b|\bundefined\b|\bnull\b|[$\d-]Infinity/);
			}
			expect(new Set(table.rows.map(r => r.key)).size).toBe(table.rows.length);
		});

	it('theft-vs-launches: each year in view with the Chainalysis figure and the missiles', () => {
		const step = copy.steps.find(
			s => s.graphic === 'theft-vs-launches' && s.view.show !== 'theft'
		)!;
		const table = tableFor(step);
		expect(table.columns.map(c => c.label)).toContain('Missiles launched (CNS)');
		for (const row of table.rows) {
			const year = Number(row.key);
			const theft = mainTheftSeries.find(t => t.year === year);
			if (theft) expect(row.cells[1]).toBe(`${usd(theft.usd)}${theft.approximate ? '*' : ''}`);
			const missiles = years.find(y => y.year === year)!.missiles;
			expect(row.cells[3]?.replace('†', '')).toBe(count(missiles));
		}
	});

	it('theft-vs-launches: the dollar panel alone has no missile column', () => {
		const step = copy.steps.find(
			s => s.graphic === 'theft-vs-launches' && s.view.show === 'theft'
		)!;
		expect(tableFor(step).columns.map(c => c.label)).not.toContain('Missiles launched (CNS)');
	});

	it('monthly-pace: every month of the zoom, and the missiles add up to the launches in it', () => {
		const step = copy.steps.find(s => s.id === 'ronin')!;
		if (step.graphic !== 'monthly-pace') throw new Error('ronin is a monthly step');
		const table = tableFor(step);
		expect(table.rows.map(r => r.key)).toEqual(
			Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`)
		);
		const total = table.rows.reduce((sum, r) => sum + Number(r.cells[1]!.replace('†', '')), 0);
		expect(total).toBe(missileLaunches.filter(l => l.date.startsWith('2022')).length);
		expect(table.rows.find(r => r.key === '2022-03')!.cells[2]).toMatch(/Ronin/);
	});

	it('theft-launch-scatter: one row per point, and the correlation it states', () => {
		const step = copy.steps.find(s => s.graphic === 'theft-launch-scatter')!;
		const table = tableFor(step);
		expect(table.rows.map(r => Number(r.key))).toEqual(
			theftLaunchScatterData.pairs.map(p => p.year)
		);
		expect(table.note).toContain(`over ${theftLaunchScatterData.all.n} years`);
	});

	it('exchange-map: every theft of the years shown, located or not', () => {
		for (const step of copy.steps) {
			if (step.graphic !== 'exchange-map') continue;
			const [from, to] = step.view.years ?? ALL_YEARS;
			const expected = exchangeHacks
				.filter(h => Number(h.date.slice(0, 4)) >= from && Number(h.date.slice(0, 4)) <= to)
				.map(h => h.id)
				.sort();
			expect(
				tableFor(step)
					.rows.map(r => r.key)
					.sort(),
				step.id
			).toEqual(expected);
		}
	});

	it('launch-site-map: the sites used in the years shown, busiest first, adding up to the mapped launches', () => {
		for (const step of copy.steps) {
			if (step.graphic !== 'launch-site-map') continue;
			const [from, to] = step.view.years ?? ALL_YEARS;
			const table = tableFor(step);
			const counts = table.rows.map(r => Number(r.cells[1]!.replace(/,/g, '')));
			expect(counts, step.id).toEqual([...counts].sort((a, b) => b - a));
			const mapped = new Set(launchSiteMapData.sites.map(s => s.id));
			const launches = missileLaunches.filter(l => {
				const year = Number(l.date.slice(0, 4));
				return year >= from && year <= to && mapped.has(l.siteId);
			}).length;
			expect(
				counts.reduce((a, b) => a + b, 0),
				step.id
			).toBe(launches);
		}
	});
});
