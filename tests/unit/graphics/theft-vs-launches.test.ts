/**
 * The theft-vs-launches state function, for every step of the real copy and at phone and desktop
 * sizes: every bar inside the box, the highlighted years at full strength and labelled, no NaN.
 */
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { mainTheftSeries } from '../../../src/data/index.ts';
import {
	theftVsLaunchesSpec,
	theftVsLaunchesState
} from '../../../src/graphics/theft-vs-launches/state.ts';
import { usd } from '../../../src/lib/format.ts';

const data = { theft: mainTheftSeries };
const sizes = [
	{ width: 320, height: 480 },
	{ width: 375, height: 600 },
	{ width: 760, height: 640 }
];
const steps = copy.steps.filter(s => s.graphic === 'theft-vs-launches');

describe('theftVsLaunchesState(view, data, size) for each step of the copy', () => {
	it('the copy has steps for this graphic', () => expect(steps.length).toBeGreaterThan(0));

	for (const step of steps) {
		if (step.graphic !== 'theft-vs-launches') continue;
		for (const size of sizes) {
			it(`step "${step.id}" at ${size.width}×${size.height}: bars inside the box, picked years labelled`, () => {
				const state = theftVsLaunchesState(step.view, data, size);
				const { box } = state;
				expect(state.bars.map(b => b.year)).toEqual(mainTheftSeries.map(d => d.year));
				for (const bar of state.bars) {
					for (const v of [bar.x, bar.y, bar.width, bar.height, bar.opacity])
						expect(Number.isFinite(v)).toBe(true);
					expect(bar.x).toBeGreaterThanOrEqual(box.left - 0.5);
					expect(bar.x + bar.width).toBeLessThanOrEqual(box.right + 0.5);
					expect(bar.y).toBeGreaterThanOrEqual(box.top - 0.5);
					expect(bar.y + bar.height).toBeCloseTo(box.bottom, 5);
				}
				const picked = step.view.highlight ?? [];
				for (const bar of state.bars) {
					const on = picked.length === 0 || picked.includes(bar.year);
					if (on) expect(bar.opacity, `${bar.year}`).toBe(1);
					else expect(bar.opacity, `${bar.year}`).toBeLessThan(0.5);
					expect(bar.labelOpacity, `${bar.year}`).toBe(picked.includes(bar.year) ? 1 : 0);
				}
			});
		}
	}
});

describe('theftVsLaunchesState: the scale', () => {
	it('bar heights are proportional to the dollars', () => {
		const { bars } = theftVsLaunchesState({}, data, { width: 640, height: 480 });
		const ratio = (year: number) => {
			const bar = bars.find(b => b.year === year)!;
			const datum = mainTheftSeries.find(d => d.year === year)!;
			return bar.height / datum.usd;
		};
		expect(ratio(2018)).toBeCloseTo(ratio(2025), 12);
	});

	it('the tallest bar is the largest year and the axis top is a round figure above it', () => {
		const state = theftVsLaunchesState({}, data, { width: 640, height: 480 });
		const top = state.yTicks.at(-1)!;
		const largest = Math.max(...mainTheftSeries.map(d => d.usd));
		expect(top.value).toBeGreaterThanOrEqual(largest);
		expect(top.label).toBe(usd(top.value));
	});

	it('labels approximate years with ≈', () => {
		const state = theftVsLaunchesState({ highlight: [2019] }, data, { width: 640, height: 480 });
		expect(state.bars.find(b => b.year === 2019)?.label).toBe(`\u2248${usd(271_000_000)}`);
	});

	it('does not mutate the view or the data', () => {
		const view = Object.freeze({ highlight: Object.freeze([2018]) as number[] });
		expect(() => theftVsLaunchesSpec(view, data)).not.toThrow();
	});
});
