// The bench's printed report, from results.json's shape: the figures beside the previous run's
// with their bars, the machine, the motion-against-floor ratios, where the traced scroll's time
// went, and the scaled build beside the real one. Printing only; the figures are made elsewhere.
import { machineLine } from './machine.mjs';

const CPU_RATES = [1, 4];
const kb = n => (n === undefined || n === null ? undefined : Math.round(n / 102.4) / 10);
const ratio = (a, b) =>
	a === undefined || a === null || b === undefined || b === null
		? undefined
		: b === 0
			? a === 0
				? 1
				: '∞'
			: Math.round((a / b) * 10) / 10;

/** A Markdown table, columns padded to their widest cell. */
function table(head, rows) {
	const widths = head.map((_, i) => Math.max(...[head, ...rows].map(r => String(r[i]).length)));
	const line = r => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
	return [line(head), `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join(
		'\n'
	);
}

function mainTable(results, previous) {
	const rows = [];
	const row = (metric, get, bar = '') => {
		const now = get(results);
		const before = previous ? get(previous) : undefined;
		if (now === undefined && before === undefined) return;
		rows.push([metric, before ?? '–', now ?? '–', bar]);
	};
	for (const page of ['story', 'embed']) {
		const lh = r => r.lighthouse?.[page];
		row(`Lighthouse ${page}: performance`, r => lh(r)?.performance, '≥ 95');
		row(`Lighthouse ${page}: accessibility`, r => lh(r)?.accessibility, '100');
		row(`Lighthouse ${page}: best practices`, r => lh(r)?.bestPractices, '100');
		// an embed asks search engines not to index it (the article is the page to find), which
		// Lighthouse's SEO category counts against it
		row(`Lighthouse ${page}: SEO`, r => lh(r)?.seo, page === 'embed' ? '(noindex)' : '100');
		row(`Lighthouse ${page}: LCP (ms)`, r => lh(r)?.lcpMs);
		row(`Lighthouse ${page}: TBT (ms)`, r => lh(r)?.tbtMs);
		row(`Lighthouse ${page}: CLS`, r => lh(r)?.cls, '≤ 0.01');
	}
	for (const cpu of CPU_RATES) {
		const bar = cpu === 4;
		const s = r => r.scroll?.[`cpu${cpu}x`];
		const f = r => r.floor?.[`cpu${cpu}x`];
		row(`Scroll ${cpu}× CPU: dropped frames (%)`, r => s(r)?.droppedPct, bar ? '≤ 5' : '');
		row(`Scroll ${cpu}× CPU: of them, while a graphic moved (%)`, r => s(r)?.droppedWhileMovingPct);
		row(`Scroll ${cpu}× CPU: long tasks`, r => s(r)?.longTasks, bar ? '0 over 50 ms' : '');
		row(`Scroll ${cpu}× CPU: longest task (ms)`, r => s(r)?.longestTaskMs, bar ? '≤ 50' : '');
		row(`Scroll ${cpu}× CPU: layout shift`, r => s(r)?.cls, '≤ 0.01');
		row(`Scroll ${cpu}× CPU: main thread busy (ms/s)`, r => s(r)?.busyMsPerS);
		row(`Floor ${cpu}× CPU: dropped frames (%)`, r => f(r)?.droppedPct);
		row(`Floor ${cpu}× CPU: main thread busy (ms/s)`, r => f(r)?.busyMsPerS);
		row(`Scroll/floor ${cpu}×: dropped frames`, r => ratio(s(r)?.droppedPct, f(r)?.droppedPct));
		row(`Scroll/floor ${cpu}×: busy`, r => ratio(s(r)?.busyMsPerS, f(r)?.busyMsPerS));
	}
	for (const key of Object.keys(
		results.firstGraphicSettledMs ?? previous?.firstGraphicSettledMs ?? {}
	))
		row(`First graphic settled, ${key} (ms)`, r => r.firstGraphicSettledMs?.[key]);
	row('Build (s)', r => r.build?.seconds, '≤ 60');
	for (const s of results.bytes)
		row(
			`JS ${s.surface}: gzip KB (raw ${kb(s.raw)}, brotli ${kb(s.brotli)})`,
			r => kb(r.bytes?.find(b => b.surface === s.surface)?.gzip),
			s.surface === 'present' ? '' : '≤ 60'
		);
	return table(['metric', 'previous', 'now', 'bar'], rows);
}

const kinds = byKind =>
	Object.entries(byKind)
		.filter(([, v]) => v > 0)
		.map(([k, v]) => `${k} ${v}`)
		.join(', ');

function traceSummary(t) {
	const out = [
		`Traced 4× scroll (${t.file}; not in the medians): ${t.run.droppedPct}% dropped, ` +
			`${t.longTasks.length} long tasks, over ${t.scrollMs} ms` +
			(t.sourceMaps ? '' : ' (no source maps: positions are in the built files; use --build)'),
		`Main thread (ms): ${kinds(t.mainThreadMs)}; ` +
			`sampled outside functions (ms): ${kinds(t.sampledMs)}`,
		'',
		'Ten costliest functions by self time:',
		table(
			['self ms', 'total ms', 'function', 'source'],
			t.topFunctions.map(f => [f.selfMs, f.totalMs, f.function, f.source])
		),
		''
	];
	if (t.longTasks.length === 0) out.push('Long tasks (> 50 ms): none');
	else {
		out.push('Long tasks (> 50 ms), by start into the scroll:');
		out.push(
			table(
				['at ms', 'ms', 'by kind (ms)', 'top functions (self ms)'],
				t.longTasks.map(l => [
					l.startMs,
					l.durationMs,
					kinds(l.byKindMs),
					l.topFunctions.map(f => `${f.function} ${f.selfMs} (${f.source})`).join('; ')
				])
			)
		);
	}
	return out.join('\n');
}

function scaledTable(results) {
	const s = results.scaled;
	const rows = [];
	const row = (metric, get) => {
		const real = get(results);
		const scaled = get(s);
		rows.push([metric, real ?? '–', scaled ?? '–', ratio(scaled, real) ?? '–']);
	};
	row('Build (s)', r => r.build?.seconds);
	for (const b of s.bytes)
		row(`JS ${b.surface}: gzip KB`, r => kb(r.bytes.find(x => x.surface === b.surface)?.gzip));
	for (const cpu of CPU_RATES)
		row(
			`First graphic settled, story ${cpu}× (ms)`,
			r => r.firstGraphicSettledMs?.[`story-cpu${cpu}x`]
		);
	const s4 = r => r.scroll?.cpu4x;
	row('Scroll 4×: dropped frames (%)', r => s4(r)?.droppedPct);
	row('Scroll 4×: long tasks', r => s4(r)?.longTasks);
	row('Scroll 4×: longest task (ms)', r => s4(r)?.longestTaskMs);
	row('Scroll 4×: main thread busy (ms/s)', r => s4(r)?.busyMsPerS);
	row('Scroll 4×: layout shift', r => s4(r)?.cls);
	return [
		`Real data against ${s.thefts}× thefts and ${s.launches}× launches:`,
		table(['metric', 'real', `×${s.thefts}`, 'ratio'], rows)
	].join('\n');
}

/** The largest layout shifts over a set of scroll runs, with what moved. */
function shifts(label, scroll) {
	const all = (scroll?.runs ?? []).flatMap(r => r.largestShifts ?? []);
	if (all.length === 0) return null;
	const top = all.sort((a, b) => b.value - a.value).slice(0, 3);
	return `Largest layout shifts, ${label}: ${top
		.map(s => `${s.value} at ${s.atMs} ms (${s.nodes.join(', ') || 'no source'})`)
		.join('; ')}`;
}

/** Dropped frames by the graphic on screen, at 4×: where the scroll's drops came from. */
function byGraphic(scroll) {
	const by = scroll?.droppedPctByGraphic;
	if (!by) return null;
	return `Dropped frames at 4× by the graphic on screen (% of its frames): ${Object.entries(by)
		.map(([g, pct]) => `${g} ${pct}`)
		.join(', ')}`;
}

export function printReport(results, previous) {
	console.log(mainTable(results, previous));
	console.log(`\nMachine: ${machineLine(results.machine)}`);
	const graphics = byGraphic(results.scroll?.cpu4x);
	if (graphics) console.log(graphics);
	const real = shifts('4× scroll', results.scroll?.cpu4x);
	if (real) console.log(real);
	if (results.trace) console.log(`\n${traceSummary(results.trace)}`);
	if (results.scaled) {
		console.log(`\n${scaledTable(results)}`);
		const scaled = shifts(`4× scroll, ×${results.scaled.thefts}`, results.scaled.scroll?.cpu4x);
		if (scaled) console.log(scaled);
	}
}

/** `--what-if`: each variant's 4× scroll beside the build as it is, run alternately. */
export function printWhatIf(whatIf) {
	const rows = whatIf.variants.map(v => [
		v.name,
		v.scroll.droppedPct,
		v.scroll.droppedWhileMovingPct,
		v.scroll.longTasks,
		v.scroll.longestTaskMs,
		v.scroll.busyMsPerS,
		v.scroll.scriptMsPerS,
		v.what
	]);
	console.log(
		table(
			[
				'variant',
				'dropped %',
				'while moving %',
				'long tasks',
				'longest ms',
				'busy ms/s',
				'script ms/s',
				'what'
			],
			rows
		)
	);
	console.log(`\nMachine: ${machineLine(whatIf.machine)}`);
}
