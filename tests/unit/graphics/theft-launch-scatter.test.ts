/**
 * The theft-launch-scatter state function for every step of the real copy: one point per year
 * inside the frame, labels that don't collide, the correlation computed from the points shown.
 */
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { missileLaunches, theftByYear } from '../../../src/data/index.ts';
import { theftLaunchScatterData } from '../../../src/graphics/theft-launch-scatter/data.ts';
import { theftLaunchScatterState } from '../../../src/graphics/theft-launch-scatter/state.ts';
import { coefficient } from '../../../src/lib/format.ts';
import { pearson } from '../../../src/data/derive/stats.ts';
import { allFinite, SIZES, eachStepAtSizes } from './sizes.ts';

const data = theftLaunchScatterData(theftByYear, missileLaunches);

describe('theftLaunchScatterData(estimates, launches)', () => {
	it('pairs the 10 years 2016–2025, 2025 with preliminary launch records', () => {
		expect(data.pairs.map(p => p.year)).toEqual([
			2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025
		]);
		expect(data.pairs.filter(p => p.preliminary).map(p => p.year)).toEqual([2025]);
	});
	it('computes r over every pair, and without the preliminary year', () => {
		expect(data.all).toMatchObject(
			pearson(
				data.pairs.map(p => p.missiles),
				data.pairs.map(p => p.usd)
			)
		);
		expect(data.final.n).toBe(9);
		expect(data.all.r).toBeCloseTo(0.4052, 3);
		expect(data.final.r).toBeCloseTo(0.7458, 3);
	});
});

describe('theftLaunchScatterState(view, data, size) for each step of the copy', () => {
	eachStepAtSizes('theft-launch-scatter', '', (view, size) => {
		const state = theftLaunchScatterState(view, data, size);
		expect(state.points.map(p => p.year)).toEqual(data.pairs.map(p => p.year));
		for (const p of state.points) {
			expect(allFinite(p.cx, p.cy), `${p.year}`).toBe(true);
			expect(p.cx).toBeGreaterThanOrEqual(state.box.left - 0.5);
			expect(p.cx).toBeLessThanOrEqual(state.box.right + 0.5);
			expect(p.cy).toBeGreaterThanOrEqual(state.box.top - 0.5);
			expect(p.cy).toBeLessThanOrEqual(state.box.bottom + 0.5);
		}
		expect(state.labels.map(l => l.year)).toEqual(data.pairs.map(p => p.year));
		for (const year of view.highlight ?? []) {
			expect(state.labels.find(l => l.year === year)?.strong).toBe(true);
		}
		expect(state.stat.opacity).toBe(view.stat ? 1 : 0);
		expect(state.path.drawn).toBeCloseTo(state.path.length, 6);
	});
});

describe('theftLaunchScatterState: the statistic on the chart', () => {
	it('states r and n as computed', () => {
		const { stat } = theftLaunchScatterState({ stat: true }, data, { width: 640, height: 480 });
		const text = stat.lines.join(' ').replace(/\u00a0/g, ' ');
		expect(text).toContain(`r = ${coefficient(data.all.r)} over 10 years (2016\u20132025)`);
		expect(text).toContain(`r = ${coefficient(data.final.r)}`);
	});
	it('draws none of the joining line when a step asks it not to', () =>
		expect(
			theftLaunchScatterState({ connect: false }, data, { width: 640, height: 480 }).path.drawn
		).toBe(0));
});
