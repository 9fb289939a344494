/**
 * The in-page recorder (tests/browser/harness/record.js) as the adapters use it: its source, for
 * the engines that take init scripts, and a reader of what it has recorded in a document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame } from './types.ts';

export const RECORD_SCRIPT = readFileSync(
	resolve(import.meta.dirname, '../harness/record.js'),
	'utf8'
);

export interface Recorded {
	errors: string[];
	violations: string[];
}

/** What the recorder has seen in `frame`'s document; an error if it is not there. */
export async function readRecord(frame: Frame): Promise<Recorded> {
	const record = await frame.evaluate(
		() => (window as unknown as { __record?: Recorded }).__record ?? null
	);
	if (!record) throw new Error('the page has no recorder (tests/browser/harness/record.js)');
	return record;
}
