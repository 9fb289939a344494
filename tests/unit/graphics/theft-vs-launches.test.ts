/**
 * The theft-vs-launches state function for every step of the real copy, at phone and desktop
 * sizes: bars inside their panel, the picked years at full strength and labelled, the spread and
 * the note inside the frame, no NaN.
 */
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { missileLaunches, theftByYear } from '../../../src/data/index.ts';
import { theftVsLaunchesData } from '../../../src/graphics/theft-vs-launches/data.ts';
import {
	theftVsLaunchesSpec,
	theftVsLaunchesState,
	type Bar
} from '../../../src/graphics/theft-vs-launches/state.ts';
import { count, usd } from '../../../src/lib/format.ts';
import { allFinite, SIZES, eachStepAtSizes } from './sizes.ts';

const data = theftVsLaunchesData(theftByYear, missileLaunches);

describe('theftVsLaunchesData(estimates, launches)', () => {
	it('puts 2016 to the last launch year on the axis, with 2026 the partial year', () => {
		expect([data.years[0], data.years.at(-1), data.partialYear]).toEqual([2016, 2026, 2026]);
		expect(data.launches.map(l => l.year)).toEqual(data.years);
	});
	it('gives the spread every estimator for 2022', () =>
		expect(
			data.spreads
				.get(2022)
				?.points.map(p => p.estimator)
				.sort()
		).toEqual(
			['Chainalysis', 'Elliptic', 'South Korea NIS', 'TRM Labs', 'UN Panel of Experts'].sort()
		));
});

describe('theftVsLaunchesState(view, data, size) for each step of the copy', () => {
	eachStepAtSizes(
		'theft-vs-launches',
		'',
		(view, size) => {
			const state = theftVsLaunchesState(view, data, size);
			const [theft, launches] = state.panels;
			const both = view.show !== 'theft';
			expect(launches?.opacity).toBe(both ? 1 : 0);
			const [from, to] = view.years ?? [2016, 2025];
			expect(theft?.xTicks.map(t => t.value)).toEqual(data.years.filter(y => y >= from && y <= to));
			for (const panel of both ? state.panels : [theft!]) {
				for (const bar of panel.bars) {
					expect(
						allFinite(bar.x, bar.y, bar.width, bar.height, bar.opacity),
						`${panel.id} ${bar.year}`
					).toBe(true);
					expect(bar.x).toBeGreaterThanOrEqual(state.box.left - 0.5);
					expect(bar.x + bar.width).toBeLessThanOrEqual(state.box.right + 0.5);
					expect(bar.y).toBeGreaterThanOrEqual(panel.box.top - 0.5);
					expect(bar.y + bar.height).toBeCloseTo(panel.box.bottom, 5);
				}
			}
			const picked = view.highlight ?? [];
			for (const bar of theft?.bars ?? []) {
				if (picked.length === 0 || picked.includes(bar.year)) expect(bar.opacity).toBe(1);
				else expect(bar.opacity).toBeLessThan(0.5);
				expect(bar.labelOpacity).toBe(picked.includes(bar.year) ? 1 : 0);
			}
			if (view.note) {
				expect(state.note, 'the note is placed').not.toBeNull();
				expect(state.note!.y).toBeGreaterThanOrEqual(state.box.top);
			}
			expect(state.spread.opacity).toBe(view.spread ? 1 : 0);
		},
		5
	);
});

describe('theftVsLaunchesState: marks and scales', () => {
	const size = { width: 640, height: 480 };
	it('labels a picked year with its dollars and its missiles', () => {
		const state = theftVsLaunchesState({ highlight: [2022] }, data, size);
		const [theft, launches] = state.panels;
		expect(theft?.bars.find(b => b.year === 2022)?.label).toBe(usd(1_650_000_000));
		expect(launches?.bars.find(b => b.year === 2022)?.label).toBe(count(69));
	});
	it('marks chart readings with ≈ and hatching, and preliminary launch years with hatching', () => {
		const [theft, launches] = theftVsLaunchesState({ years: [2016, 2026] }, data, size).panels;
		expect(theft?.bars.filter(b => b.hatched).map(b => b.year)).toEqual([2016, 2017, 2019, 2020]);
		expect(theft?.bars.find(b => b.year === 2019)?.label).toBe(`\u2248${usd(271_000_000)}`);
		expect(launches?.bars.filter(b => b.hatched).map(b => b.year)).toEqual([2025, 2026]);
		expect(launches?.bars.find(b => b.year === 2026)?.label).toBe('25 so far');
	});
	it('shows "n/a" where a year has missiles but no theft estimate yet', () => {
		const [theft] = theftVsLaunchesState({ years: [2016, 2026] }, data, size).panels;
		expect(theft?.missing.map(m => m.year)).toEqual([2026]);
	});
	it('bar heights are proportional to the values in each panel', () => {
		const [theft, launches] = theftVsLaunchesState({}, data, size).panels;
		const h = (bars: readonly Bar[], year: number) => bars.find(b => b.year === year)!.height;
		expect(h(theft!.bars, 2018) / h(theft!.bars, 2025)).toBeCloseTo(522 / 2020, 3);
		expect(h(launches!.bars, 2023) / h(launches!.bars, 2022)).toBeCloseTo(33 / 69, 3);
	});
	it('the spread runs from the lowest to the highest estimate of 2022', () => {
		const view = { show: 'theft', spread: true } as const;
		const state = theftVsLaunchesState(view, data, size);
		const { theftMax } = theftVsLaunchesSpec(view, data);
		const box = state.panels[0]!.box;
		const y = (v: number) => box.bottom - (box.height * v) / theftMax;
		const mark = state.spread.marks.find(m => m.year === 2022)!;
		expect(mark.yLow).toBeCloseTo(y(630_000_000), 3);
		expect(mark.yHigh).toBeCloseTo(y(1_650_000_000), 3);
		expect(mark.dots.length).toBe(5);
	});
	it('the dollar panel takes the whole height when shown alone', () => {
		const alone = theftVsLaunchesState({ show: 'theft' }, data, size);
		const both = theftVsLaunchesState({ show: 'both' }, data, size);
		expect(alone.panels[0]!.box.height).toBeGreaterThan(both.panels[0]!.box.height * 1.5);
	});
	it('does not mutate the view or the data', () => {
		const view = Object.freeze({ highlight: Object.freeze([2018]) as number[] });
		const before = JSON.stringify([...data.years, ...data.theft.map(t => t.usd)]);
		theftVsLaunchesSpec(view, data);
		expect(JSON.stringify([...data.years, ...data.theft.map(t => t.usd)])).toBe(before);
	});
});
