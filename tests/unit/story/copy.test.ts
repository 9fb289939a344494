/**
 * The copy is checked like the data: an unknown graphic, an unknown state key, a duplicate step id
 * or a placeholder that names nothing fails the build with the step and field named.
 */
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/validate.ts';
import { parseCopy } from '../../../src/story/copy.ts';
import { fillPlaceholders } from '../../../src/story/placeholders.ts';

const table = new Map([
	['theft.2018', '$522M'],
	['theft.2022', '$1.65bn']
]);

const HEAD = `headline: Heists {theft.2022}
dek: A dek
byline: By us
published: 2026-11-21
[graphics]
id: theft-vs-launches
title: Stolen by year
source: Source: Chainalysis
[]
`;

function copyOf(steps: string) {
	return parseCopy(archieml.load(`${HEAD}[steps]\n${steps}\n[]\n`), table);
}

function problemsOf(steps: string): string {
	try {
		copyOf(steps);
	} catch (err) {
		if (err instanceof DataError) return err.message;
		throw err;
	}
	throw new Error('expected the copy to be rejected');
}

const STEP = (id: string, extra = '') =>
	`id: ${id}\ngraphic: theft-vs-launches\ntext: In 2018: {theft.2018}.\n\nSecond paragraph.\n:end\nalt: Bars.\n${extra}`;

describe('parseCopy(archieml, placeholders)', () => {
	it('resolves placeholders, splits paragraphs and parses state values', () => {
		const copy = copyOf(STEP('one', 'state.highlight: 2018, 2022'));
		expect(copy.headline).toBe('Heists $1.65bn');
		expect(copy.steps).toEqual([
			{
				id: 'one',
				graphic: 'theft-vs-launches',
				view: { highlight: [2018, 2022] },
				text: ['In 2018: $522M.', 'Second paragraph.'],
				alt: 'Bars.'
			}
		]);
	});

	const bad: [string, string, RegExp][] = [
		[
			'an unknown graphic',
			STEP('one').replace('graphic: theft-vs-launches', 'graphic: pie-chart'),
			/step 0|record 0/
		],
		[
			'an unknown state key',
			STEP('one', 'state.zoom: 2022'),
			/field "state\.zoom": expected no field "zoom"/
		],
		[
			'a bad state value',
			STEP('one', 'state.highlight: twenty-eighteen'),
			/field "state\.highlight": expected a year or a comma-separated list of years/
		],
		[
			'a duplicate step id',
			`${STEP('one')}\n${STEP('one')}`,
			/record 1 \(id "one"\): field "id": expected a unique step id \(step 0 already has it\)/
		],
		[
			'a placeholder that names nothing',
			STEP('one').replace('{theft.2018}', '{theft.2031}'),
			/field "text": expected a placeholder that names a figure in data\/, found "\{theft\.2031\}"/
		],
		[
			'a step without alt text',
			STEP('one').replace('alt: Bars.\n', ''),
			/field "alt": expected a value/
		]
	];
	for (const [kind, steps, message] of bad) {
		it(`rejects ${kind}`, () => expect(problemsOf(steps)).toMatch(message));
	}

	it('names the graphic that is unknown', () =>
		expect(
			problemsOf(STEP('one').replace('graphic: theft-vs-launches', 'graphic: pie-chart'))
		).toContain('field "graphic": expected a graphic id: theft-vs-launches'));
});

describe('fillPlaceholders(text, table, unknown)', () => {
	it('replaces every known name and reports each unknown one', () => {
		const unknown: string[] = [];
		const out = fillPlaceholders('{theft.2018} then {theft.2022}, not {nope.1}', table, n =>
			unknown.push(n)
		);
		expect(out).toBe('$522M then $1.65bn, not {nope.1}');
		expect(unknown).toEqual(['nope.1']);
	});
});
