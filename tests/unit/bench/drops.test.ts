/**
 * The bench's attribution of dropped frames (tests/bench/drops.mjs) and its what-if variants
 * (tests/bench/what-if.mjs), on frame timings whose answers are counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { attributeDrops } from '../../bench/drops.mjs';
import { WHAT_IF, whatIfVariants } from '../../bench/what-if.mjs';

const V = 1000 / 60;
/** Frame times from gaps counted in vsyncs: [1, 3] is one frame on time, then one 2 vsyncs late. */
const times = (gaps: number[]) => gaps.reduce((t, g) => [...t, t.at(-1)! + g * V], [0]);

describe('attributeDrops(frames, graphics, moving)', () => {
	it('lays each late frame at the door of the graphic shown when it came', () => {
		// a: on time, 2 dropped (moving), on time; b: 1 dropped (settled), on time
		const frames = times([1, 3, 1, 2, 1]);
		const graphics = ['a', 'a', 'a', 'a', 'b', 'b'];
		const moving = [false, false, true, false, false, false];
		expect(attributeDrops(frames, graphics, moving)).toEqual({
			dropped: 3,
			// 2 of the 3 came while a graphic moved
			whileMovingPct: 66.7,
			// a: 3 frames came for 5 vsyncs, 2 dropped = 40%; b: 2 for 3, 1 dropped = 33.3%
			byGraphic: { a: 40, b: 33.3 }
		});
	});

	it('names frames with no graphic on screen (none), and reports no drops as 0%', () => {
		expect(attributeDrops(times([1, 1]), ['', '', ''], [false, false, false])).toEqual({
			dropped: 0,
			whileMovingPct: 0,
			byGraphic: { '(none)': 0 }
		});
	});

	it('does not mutate its input', () => {
		const frames = times([1, 2]);
		const graphics = ['a', 'a', 'a'];
		const moving = [true, true, true];
		const copies = structuredClone({ frames, graphics, moving });
		attributeDrops(frames, graphics, moving);
		expect({ frames, graphics, moving }).toEqual(copies);
	});
});

describe('whatIfVariants(list)', () => {
	it('returns the named variants in order, with their names', () => {
		expect(whatIfVariants('not-rendered,floor')).toEqual([
			{ name: 'not-rendered', ...WHAT_IF['not-rendered'] },
			{ name: 'floor', ...WHAT_IF.floor }
		]);
	});

	it.each([
		['nope', /unknown: nope/],
		['floor,nope', /unknown: nope/],
		['', /none given/]
	])('refuses %j, listing the known names', (list, message) => {
		expect(() => whatIfVariants(list)).toThrow(message);
		expect(() => whatIfVariants(list)).toThrow(/floor, not-painted, not-rendered/);
	});

	it('every variant changes something: a stylesheet or reduced motion', () => {
		for (const v of Object.values(WHAT_IF)) expect(Boolean(v.css) || v.reducedMotion).toBe(true);
	});
});
