// Where the renderer's main thread spent a traced scroll, from a Chromium performance trace:
//   - the costliest functions by self time (and their total time, callees included), from the V8
//     sampling profiler's samples that the trace carries (category disabled-by-default-v8.cpu_profiler);
//   - every long task (over 50 ms) with the time inside it by kind (script, style, layout,
//     paint, GC, other), from how the trace events nest on the main thread: each event's own
//     time is its duration less its children's, so nothing is counted twice.
// Only the window between two marks the bench puts in the page (performance.mark) is summarised,
// so loading and settling before the scroll don't count.
// Pure: takes the parsed trace and a function that names a code position; no browser, no files.

export const LONG_TASK_MS = 50;

/**
 * @typedef {{ name: string, cat?: string, ph: string, pid: number, tid: number, ts: number,
 *   dur?: number, id?: string, args?: any }} TraceEvent  one event of Chromium's JSON trace
 * @typedef {{ functionName: string, url?: string, lineNumber: number, columnNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, children?: number[], parent?: number }} ProfileNode
 * @typedef {{ node: number, ts: number, dur: number }} Sample  a profiler sample; dur: to the next
 * @typedef {{ nodes: Map<number, ProfileNode>, samples: Sample[] }} Profile
 * @typedef {{ name: string, ts: number, end: number, self: number, children: Nested[] }} Nested
 * @typedef {'script' | 'style' | 'layout' | 'paint' | 'gc' | 'other'} Kind
 * @typedef {Record<Kind, number>} ByKind
 * @typedef {(frame: CallFrame & { url: string }) => { source: string, name?: string }} Locate
 */

/** Trace event names by the kind the report shows (DevTools' own grouping, coarsened). */
/** @type {[Kind, RegExp][]} */
const KINDS = [
	[
		'gc',
		/^(MinorGC|MajorGC|BlinkGC|CppGC|ThreadState::|V8\.(GC|MinorGC|Scavenge|IncrementalMarking|MemoryReducer|ConcurrentMarking))/
	],
	[
		'script',
		/^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|FireIdleCallback|XHR|v8\.|V8\.|ResizeObserver|HandlePostMessage)/
	],
	['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout)/],
	// DevTools counts the IntersectionObservers' geometry (scrollama's) as rendering, like layout
	['layout', /^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections)$/],
	['paint', /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|Commit|CompositeLayers|Decode)/]
];
/** @type {Kind[]} */
export const KIND_NAMES = ['script', 'style', 'layout', 'paint', 'gc', 'other'];
/** @param {string} name */
const kindOf = name => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';
const noKinds = () => /** @type {ByKind} */ (Object.fromEntries(KIND_NAMES.map(k => [k, 0])));

/** Profiler nodes that are not functions of the page: shown apart from the ranking. */
const PSEUDO = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** @param {number} us */
const ms = us => Math.round(us / 100) / 10;

/**
 * The renderer main thread of the page: the CrRendererMain thread with the most complete events
 * in the window (a browser with one page has one busy renderer; about:blank ones are idle).
 * @param {TraceEvent[]} events
 * @param {number} from
 * @param {number} to
 */
function mainThread(events, from, to) {
	/** @type {Map<string, { pid: number, tid: number, count: number }>} */
	const names = new Map();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			names.set(`${e.pid}:${e.tid}`, { pid: e.pid, tid: e.tid, count: 0 });
	for (const e of events) {
		const t = names.get(`${e.pid}:${e.tid}`);
		if (t && e.ph === 'X' && e.ts >= from && e.ts <= to) t.count++;
	}
	const best = [...names.values()].sort((a, b) => b.count - a.count)[0];
	if (!best || best.count === 0)
		throw new Error('the trace has no events on a renderer main thread (CrRendererMain)');
	return best;
}

/**
 * The window between the bench's two marks, in trace microseconds.
 * @param {TraceEvent[]} events
 * @param {string} startMark
 * @param {string} endMark
 */
function markWindow(events, startMark, endMark) {
	/** @param {string} name */
	const at = name => events.find(e => e.name === name && e.cat?.includes('blink.user_timing'))?.ts;
	const from = at(startMark);
	const to = at(endMark);
	if (from === undefined || to === undefined)
		throw new Error(
			`the trace has no user-timing marks ${startMark} and ${endMark}: was blink.user_timing traced?`
		);
	return { from, to };
}

/**
 * The main thread's events as a forest, each with its own (self) time: sorted by start, longer
 * first, so a parent comes before the events inside it.
 * @param {(TraceEvent & { dur: number })[]} events
 * @returns {Nested[]}
 */
function nest(events) {
	/** @type {Nested[]} */
	const sorted = events
		.map(e => ({ name: e.name, ts: e.ts, end: e.ts + e.dur, children: [], self: e.dur }))
		.sort((a, b) => a.ts - b.ts || b.end - a.end);
	/** @type {Nested[]} */
	const roots = [];
	/** @type {Nested[]} */
	const stack = [];
	for (const e of sorted) {
		while (stack.length && /** @type {Nested} */ (stack.at(-1)).end <= e.ts) stack.pop();
		const parent = stack.at(-1);
		if (parent) {
			// a child that outlives its parent (clock rounding) is clipped to it
			e.end = Math.min(e.end, parent.end);
			e.self = e.end - e.ts;
			parent.self -= e.self;
			parent.children.push(e);
		} else roots.push(e);
		stack.push(e);
	}
	return roots;
}

/**
 * Adds an event's own time, and its descendants', to the kinds they are.
 * @param {Pick<Nested, 'name' | 'self' | 'children'>} event
 * @param {ByKind} into
 */
function addKinds(event, into) {
	into[kindOf(event.name)] += Math.max(0, event.self);
	for (const c of event.children) addKinds(c, into);
	return into;
}

/**
 * The sampled CPU profile of the page's main thread: its samples, each lasting until the next,
 * and its tree of call frames. The profile comes in chunks (Profile, then ProfileChunk events).
 * @param {TraceEvent[]} events
 * @param {{ pid: number }} thread
 * @returns {Profile}
 */
function profileOf(events, thread) {
	const heads = events.filter(e => e.name === 'Profile' && e.pid === thread.pid);
	/** @type {Map<string | undefined, TraceEvent[]>} */
	const chunksById = new Map(heads.map(h => [h.id, []]));
	for (const e of events) if (e.name === 'ProfileChunk') chunksById.get(e.id)?.push(e);
	const profiles = heads.map(head => {
		/** @type {Map<number, ProfileNode>} */
		const nodes = new Map();
		/** @type {Sample[]} */
		const samples = [];
		let t = head.args.data.startTime;
		for (const chunk of chunksById.get(head.id) ?? []) {
			const data = chunk.args.data;
			for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
			/** @type {number[]} */
			const ids = data.cpuProfile?.samples ?? [];
			ids.forEach((node, i) => {
				t += data.timeDeltas[i];
				samples.push({ node, ts: t, dur: 0 });
			});
		}
		samples.sort((a, b) => a.ts - b.ts);
		samples.forEach((s, i) => (s.dur = (samples[i + 1]?.ts ?? s.ts) - s.ts));
		return { nodes, samples };
	});
	const best = profiles.sort((a, b) => b.samples.length - a.samples.length)[0];
	if (!best || best.samples.length === 0)
		throw new Error(
			'the trace has no CPU profile samples for the page: was disabled-by-default-v8.cpu_profiler traced?'
		);
	return best;
}

/** @param {CallFrame} frame */
const keyOf = frame =>
	`${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}\u0000${frame.columnNumber}`;

/**
 * @typedef {{ frame: CallFrame, self: number, total: number }} Ranked
 * Self and total time per function between two times, costliest first. A sample counts for its
 * part inside them: under CPU throttling the profiler can miss its interval while the thread is
 * held, and one sample then spans far more than the task it started in.
 * @param {Profile} profile
 * @param {number} from
 * @param {number} to
 */
function rankFunctions(profile, from, to) {
	/** @type {Map<string, Ranked>} */
	const byKey = new Map();
	/** @param {CallFrame} frame */
	const entry = frame => {
		const key = keyOf(frame);
		const found = byKey.get(key);
		if (found) return found;
		const added = { frame, self: 0, total: 0 };
		byKey.set(key, added);
		return added;
	};
	/** @type {Record<string, number>} */
	const pseudo = {};
	for (const s of profile.samples) {
		const dur = Math.min(s.ts + s.dur, to) - Math.max(s.ts, from);
		const node = profile.nodes.get(s.node);
		if (dur <= 0 || !node) continue;
		const name = node.callFrame.functionName;
		if (PSEUDO.has(name)) {
			pseudo[name] = (pseudo[name] ?? 0) + dur;
			continue;
		}
		entry(node.callFrame).self += dur;
		// total: once per function per sample, however deep it recurses
		const seen = new Set();
		for (
			let n = /** @type {ProfileNode | undefined} */ (node);
			n;
			n = n.parent === undefined ? undefined : profile.nodes.get(n.parent)
		) {
			if (PSEUDO.has(n.callFrame.functionName)) continue;
			const key = keyOf(n.callFrame);
			if (seen.has(key)) continue;
			seen.add(key);
			entry(n.callFrame).total += dur;
		}
	}
	return { functions: [...byKey.values()].sort((a, b) => b.self - a.self), pseudo };
}

/**
 * The profiler's nodes name their parent only through `children`: fill `parent` in.
 * @param {Profile} profile
 */
function linkParents(profile) {
	for (const n of profile.nodes.values())
		for (const c of n.children ?? []) {
			const child = profile.nodes.get(c);
			if (child) child.parent = n.id;
		}
}

/**
 * @param {{ traceEvents: TraceEvent[] } | TraceEvent[]} trace  Chromium's JSON trace
 * @param {{ startMark: string, endMark: string, locate: Locate, top?: number }} options
 *   locate names a profiler call frame's function and its place in the source (source maps)
 */
export function summariseTrace(trace, { startMark, endMark, locate, top = 10 }) {
	const events = Array.isArray(trace) ? trace : trace.traceEvents;
	const { from, to } = markWindow(events, startMark, endMark);
	const thread = mainThread(events, from, to);
	const onThread = /** @type {(TraceEvent & { dur: number })[]} */ (
		events.filter(
			e => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined
		)
	);
	const tasks = nest(onThread).filter(t => t.end > from && t.ts < to);

	const profile = profileOf(events, thread);
	linkParents(profile);
	/** @param {Ranked} f */
	const describe = f => {
		const { url } = f.frame;
		const where = url ? locate({ ...f.frame, url }) : null;
		return {
			function: where?.name || f.frame.functionName || '(anonymous)',
			source: where?.source ?? '(native)',
			selfMs: ms(f.self),
			totalMs: ms(f.total)
		};
	};
	const ranked = rankFunctions(profile, from, to);

	const longTasks = tasks
		.filter(t => t.end - t.ts > LONG_TASK_MS * 1000)
		.map(t => {
			const kinds = addKinds(t, noKinds());
			return {
				startMs: ms(t.ts - from),
				durationMs: ms(t.end - t.ts),
				byKindMs: Object.fromEntries(KIND_NAMES.map(k => [k, ms(kinds[k])])),
				topFunctions: rankFunctions(profile, t.ts, t.end)
					.functions.slice(0, 3)
					.map(describe)
					.map(({ function: fn, source, selfMs }) => ({ function: fn, source, selfMs }))
			};
		});

	const busy = addKinds({ name: 'window', self: 0, children: tasks }, noKinds());
	return {
		scrollMs: ms(to - from),
		mainThreadMs: Object.fromEntries(KIND_NAMES.map(k => [k, ms(busy[k])])),
		sampledMs: Object.fromEntries(Object.entries(ranked.pseudo).map(([k, v]) => [k, ms(v)])),
		topFunctions: ranked.functions.slice(0, top).map(describe),
		longTasks
	};
}
