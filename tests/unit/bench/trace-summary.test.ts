/**
 * The bench's trace summary (tests/bench/trace-summary.mjs) on a small hand-made trace whose
 * answers are known: one long task with a function call, a GC inside it, style, layout and paint,
 * and a short task; a profile of two functions, one calling the other.
 */
import { describe, expect, it } from 'vitest';
import { summariseTrace } from '../../bench/trace-summary.mjs';

const PID = 7;
const TID = 8;
const on = { pid: PID, tid: TID };
const x = (name: string, fromMs: number, toMs: number) => ({
	...on,
	name,
	ph: 'X',
	ts: fromMs * 1000,
	dur: (toMs - fromMs) * 1000
});
const mark = (name: string, atMs: number) => ({
	...on,
	name,
	cat: 'blink.user_timing',
	ph: 'I',
	ts: atMs * 1000
});
const frame = (functionName: string, columnNumber: number) => ({
	functionName,
	url: 'http://127.0.0.1:1/assets/a.js',
	lineNumber: 0,
	columnNumber
});

const events = [
	{ ...on, ph: 'M', ts: 0, name: 'thread_name', args: { name: 'CrRendererMain' } },
	// another renderer's main thread, idle: not the page's
	{ pid: 99, tid: 99, ph: 'M', ts: 0, name: 'thread_name', args: { name: 'CrRendererMain' } },
	mark('start', 1),
	// a 70 ms task: script 25 + GC 5 inside it, style 10, layout 5, paint 5, and 20 of its own
	x('RunTask', 10, 80),
	x('FunctionCall', 10, 40),
	x('MinorGC', 20, 25),
	x('UpdateLayoutTree', 40, 50),
	x('Layout', 50, 55),
	x('Paint', 55, 60),
	// a short task: not long
	x('RunTask', 100, 110),
	x('FireAnimationFrame', 100, 105),
	mark('end', 200),
	{ ...on, ph: 'P', name: 'Profile', id: '0x1', ts: 10000, args: { data: { startTime: 10000 } } },
	{
		...on,
		ph: 'P',
		name: 'ProfileChunk',
		id: '0x1',
		ts: 10000,
		args: {
			data: {
				cpuProfile: {
					nodes: [
						{ id: 1, callFrame: { ...frame('(root)', 0), url: '' }, children: [2] },
						{ id: 2, callFrame: frame('outer', 10), children: [3] },
						{ id: 3, callFrame: frame('inner', 50) }
					],
					// outer at 10 ms, inner at 20 and 30 ms, outer at 40 ms, inner from 70 ms to 150
					// ms (past the long task's end: it counts 10 ms in the task), the root at 150 ms
					samples: [2, 3, 3, 2, 3, 1]
				},
				timeDeltas: [0, 10000, 10000, 10000, 30000, 80000]
			}
		}
	}
];

const locate = (f: { functionName: string; columnNumber: number }) => ({
	source: `src/a.ts:${f.columnNumber}`,
	name: f.functionName.toUpperCase()
});
const summary = () =>
	summariseTrace({ traceEvents: events }, { startMark: 'start', endMark: 'end', locate });

describe('summariseTrace(trace, { startMark, endMark, locate })', () => {
	it('ranks functions by self time, with total time including callees, named by locate', () => {
		expect(summary().topFunctions).toEqual([
			{ function: 'INNER', source: 'src/a.ts:50', selfMs: 100, totalMs: 100 },
			{ function: 'OUTER', source: 'src/a.ts:10', selfMs: 40, totalMs: 140 }
		]);
	});

	it('lists only the task over 50 ms, from the start mark, with each kind its own time and its functions', () => {
		expect(summary().longTasks).toEqual([
			{
				startMs: 9,
				durationMs: 70,
				byKindMs: { script: 25, style: 10, layout: 5, paint: 5, gc: 5, other: 20 },
				topFunctions: [
					{ function: 'OUTER', source: 'src/a.ts:10', selfMs: 40 },
					{ function: 'INNER', source: 'src/a.ts:50', selfMs: 30 }
				]
			}
		]);
	});

	it('adds up the main thread over the window, short tasks included', () => {
		expect(summary().mainThreadMs).toEqual({
			script: 30,
			style: 10,
			layout: 5,
			paint: 5,
			gc: 5,
			other: 25
		});
		expect(summary().scrollMs).toBe(199);
	});

	it('says which category is missing when the trace has no marks', () => {
		const unmarked = events.filter(e => e.name !== 'start');
		expect(() => summariseTrace(unmarked, { startMark: 'start', endMark: 'end', locate })).toThrow(
			/no user-timing marks start and end: was blink.user_timing traced/
		);
	});
});
