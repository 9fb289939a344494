/**
 * The monthly-pace state function for every step of the real copy: the axis zooms to the step's
 * months, bars sit in the plot, circles in their lane with area proportional to dollars, the
 * thefts a step names are labelled, no NaN.
 */
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { exchangeHacks, missileLaunches } from '../../../src/data/index.ts';
import { monthlyPaceData } from '../../../src/graphics/monthly-pace/data.ts';
import { monthlyPaceSpec, monthlyPaceState } from '../../../src/graphics/monthly-pace/state.ts';
import { allFinite, SIZES, eachStepAtSizes } from './sizes.ts';

const data = monthlyPaceData(missileLaunches, exchangeHacks, '2016-01');
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('monthlyPaceData(launches, hacks, from)', () => {
	it('has every month from January 2016 to April 2026', () => {
		expect(data.months[0]?.month).toBe('2016-01');
		expect(data.months.at(-1)?.month).toBe('2026-04');
	});
	it('places thefts with a known amount and a day or month; names those known only by year', () => {
		expect(data.heists.map(h => h.id)).toContain('bybit-2025-02');
		expect(data.heists.find(h => h.id === 'indodax-2018-09')?.date).toBe('2018-09-15');
		expect(data.heists.map(h => h.id)).not.toContain('youbit-2017-12');
		expect(data.unplaced).toEqual(['rain-management-2024', 'radiant-capital-2024']);
	});
});

describe('monthlyPaceState(view, data, size) for each step of the copy', () => {
	eachStepAtSizes('monthly-pace', '', (view, size, id) => {
		const state = monthlyPaceState(view, data, size);
		const spec = monthlyPaceSpec(view, data);
		expect(spec.x0).toBe(utc(`${view.from ?? '2016-01'}-01`));
		for (const bar of state.bars) {
			expect(allFinite(bar.x, bar.y, bar.width, bar.height), bar.month).toBe(true);
			expect(bar.y).toBeGreaterThanOrEqual(state.plot.top - 0.5);
			expect(bar.y + bar.height).toBeCloseTo(state.plot.bottom, 5);
		}
		for (const b of state.bubbles) {
			expect(allFinite(b.cx, b.cy, b.r), b.id).toBe(true);
			expect(b.cy - b.r).toBeGreaterThanOrEqual(state.lane.top - 0.5);
			expect(b.cy + b.r).toBeLessThanOrEqual(state.lane.bottom + 0.5);
		}
		for (const id of view.heists ?? []) {
			const label = state.labels.find(l => l.id === id);
			expect(label?.opacity, `label for ${id}`).toBe(1);
			expect(label!.x).toBeGreaterThanOrEqual(state.box.left);
			expect(label!.x).toBeLessThanOrEqual(state.box.right);
		}
		for (const month of view.highlight ?? []) {
			expect(state.bars.find(b => b.month === month)?.labelOpacity, month).toBe(1);
		}
		expect(state.window.opacity).toBe(view.window ? 1 : 0);
	});
});

describe('monthlyPaceState: marks', () => {
	const size = { width: 640, height: 480 };
	it('circle area is proportional to the dollars stolen', () => {
		const state = monthlyPaceState({ from: '2022-01', to: '2022-12' }, data, size);
		const r = (id: string) => state.bubbles.find(b => b.id === id)!.r;
		expect(r('ronin-2022-03') ** 2 / r('harmony-2022-06') ** 2).toBeCloseTo(620 / 100, 6);
	});
	it('no two circles overlap when the lane has room (2022)', () => {
		const { bubbles } = monthlyPaceState({ from: '2022-01', to: '2022-12' }, data, size);
		for (const a of bubbles)
			for (const b of bubbles)
				if (a.id < b.id)
					expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `${a.id} ${b.id}`).toBeGreaterThanOrEqual(
						a.r + b.r
					);
	});
	it('January 2022 is the tallest bar of the months to June 2022', () => {
		const { bars } = monthlyPaceState(
			{ from: '2021-10', to: '2022-06', highlight: ['2022-01'] },
			data,
			size
		);
		const jan = bars.find(b => b.month === '2022-01')!;
		expect(Math.min(...bars.map(b => b.y))).toBe(jan.y);
		expect(jan.label).toBe('9');
	});
	it('shades the UN panel window between its two dates', () => {
		const state = monthlyPaceState(
			{ from: '2023-04', to: '2024-03', window: ['2023-07-28', '2024-01-26'] },
			data,
			size
		);
		expect(state.window.width).toBeGreaterThan(state.box.width / 3);
		expect(state.window.x).toBeGreaterThan(state.box.left);
	});
	it('does not mutate its input', () => {
		const before = JSON.stringify(data.heists);
		monthlyPaceState({ heists: ['bybit-2025-02'] }, data, size);
		expect(JSON.stringify(data.heists)).toBe(before);
	});
});
