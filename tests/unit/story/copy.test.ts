/**
 * The copy is checked like the data: an unknown graphic, an unknown state key, a duplicate step id,
 * an id that is not in the data or a placeholder that names nothing fails the build, with the step
 * and the field named.
 */
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/validate.ts';
import { parseCopy, type CopyContext } from '../../../src/story/copy.ts';

const figures: Record<string, string> = { 'theft.2018': '$522M', 'theft.2022': '$1.65bn' };
const context: CopyContext = {
	resolve: name => figures[name],
	hackIds: new Set(['ronin-2022-03']),
	siteIds: new Set(['sohae'])
};

const HEAD = `headline: Heists {theft.2022}
dek: A dek
byline: By us
published: 2026-11-21
[graphics]
id: theft-vs-launches
title: Stolen by year
source: Source: Chainalysis
id: monthly-pace
title: By month
source: Source: CNS
[]
`;

function copyOf(steps: string, tail = '') {
	return parseCopy(archieml.load(`${HEAD}[steps]\n${steps}\n[]\n${tail}`), context);
}

function problemsOf(steps: string, tail = ''): string {
	try {
		copyOf(steps, tail);
	} catch (err) {
		if (err instanceof DataError) return err.message;
		throw err;
	}
	throw new Error('expected the copy to be rejected');
}

const STEP = (id: string, extra = '') =>
	`id: ${id}\ngraphic: theft-vs-launches\ntext: In 2018: {theft.2018}.\n\nSecond paragraph.\n:end\nalt: Bars.\n${extra}`;

describe('parseCopy(archieml, context)', () => {
	it('resolves placeholders, splits paragraphs and parses state values', () => {
		const copy = copyOf(
			STEP('one', 'state.highlight: 2018, 2022\nstate.note: {theft.2018} stolen')
		);
		expect(copy.headline).toBe('Heists $1.65bn');
		expect(copy.steps).toEqual([
			{
				id: 'one',
				graphic: 'theft-vs-launches',
				view: { highlight: [2018, 2022], note: '$522M stolen' },
				text: ['In 2018: $522M.', 'Second paragraph.'],
				alt: 'Bars.',
				notes: []
			}
		]);
	});

	it('reads the methodology, corrections and credits', () => {
		const copy = copyOf(
			STEP('one'),
			'[method]\nid: counting\nheading: How\ntext: One {theft.2018}.\n\nTwo.\n:end\n[]\n[corrections]\ndate: 2026-11-22\ntext: Fixed a date.\n[]\ncredits: By us.\n'
		);
		expect(copy.method).toEqual([{ id: 'counting', heading: 'How', text: ['One $522M.', 'Two.'] }]);
		expect(copy.corrections).toEqual([{ date: '2026-11-22', text: 'Fixed a date.' }]);
		expect(copy.credits).toEqual(['By us.']);
	});

	const bad: [string, string, RegExp][] = [
		[
			'an unknown graphic',
			STEP('one').replace('graphic: theft-vs-launches', 'graphic: pie-chart'),
			/record 0 \(id "one"\): field "graphic": expected a graphic id: theft-vs-launches/
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
			'a placeholder in a state value that names nothing',
			STEP('one', 'state.note: {theft.1999}'),
			/field "state\.note": expected a placeholder that names a figure/
		],
		[
			'a step without alt text',
			STEP('one').replace('alt: Bars.\n', ''),
			/field "alt": expected a value/
		],
		[
			'an incident that is not in the data',
			'id: m\ngraphic: monthly-pace\ntext: T\nalt: A\nstate.heists: ronin-2022-03, atlantis-bank',
			/record 0 \(id "m"\): field "state\.heists": expected the id of a record in data\/exchange-hacks\.json, found "atlantis-bank"/
		],
		[
			'a graphic without a [graphics] entry',
			'id: s\ngraphic: theft-launch-scatter\ntext: T\nalt: A',
			/field "graphic": expected a \[graphics\] entry \(title, source\) for "theft-launch-scatter"/
		]
	];
	for (const [kind, steps, message] of bad) {
		it(`rejects ${kind}`, () => expect(problemsOf(steps)).toMatch(message));
	}
});
