// What the bench ran on, so a figure is never read apart from its machine: the CPU, its cores,
// the memory, and the load average at the start and the end of the run (the machine is shared,
// and a run that others' builds slowed shows it here).
import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** @param {number} bytes */
const gb = bytes => Math.round((bytes / 2 ** 30) * 10) / 10;
const load = () => loadavg().map(x => Math.round(x * 100) / 100);

/** The machine as the run starts; `finish` adds the load average at the end. */
export function describeMachine() {
	const cores = cpus();
	const machine = {
		cpu: cores[0]?.model.trim() ?? 'unknown',
		cores: cores.length,
		memoryGb: gb(totalmem()),
		freeMemoryGbAtStart: gb(freemem()),
		node: process.version,
		loadAverageAtStart: load()
	};
	return { machine, finish: () => ({ ...machine, loadAverageAtEnd: load() }) };
}

/**
 * One line for the report: CPU, cores, memory, Chromium, load (1, 5, 15 min) start → end.
 * @param {ReturnType<ReturnType<typeof describeMachine>['finish']> & { chromium: string }} m
 */
export function machineLine(m) {
	/** @param {number[] | undefined} xs */
	const l = xs => xs?.join(' / ') ?? '–';
	return (
		`${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Chromium ${m.chromium}, Node ${m.node}; ` +
		`load average (1/5/15 min) ${l(m.loadAverageAtStart)} at start, ${l(m.loadAverageAtEnd)} at end`
	);
}
