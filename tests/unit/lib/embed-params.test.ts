import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../../src/lib/embed-params.ts';

const graphics = ['theft-vs-launches', 'exchange-map'];
const steps = [
	{ id: 'theft-2018', graphic: 'theft-vs-launches' },
	{ id: 'bybit', graphic: 'exchange-map' }
];

describe('parseEmbedParams(search, graphics, steps)', () => {
	it('reads a graphic alone', () =>
		expect(parseEmbedParams('?graphic=exchange-map', graphics, steps)).toEqual({
			ok: true,
			graphic: 'exchange-map',
			step: null
		}));
	it('reads a graphic and one of its steps', () =>
		expect(parseEmbedParams('?graphic=theft-vs-launches&step=theft-2018', graphics, steps)).toEqual(
			{
				ok: true,
				graphic: 'theft-vs-launches',
				step: 'theft-2018'
			}
		));
	const bad: [string, RegExp][] = [
		['', /needs a graphic/],
		['?graphic=pie', /no graphic called "pie"/],
		['?graphic=theft-vs-launches&step=bybit', /has no step called "bybit"/],
		[`?graphic=${'a'.repeat(5000)}`, /no graphic called "a{60}…"/],
		[
			'?graphic=%3Cscript%3Ealert(1)%3C/script%3E',
			/no graphic called "<script>alert\(1\)<\/script>"/
		]
	];
	for (const [search, message] of bad) {
		it(`explains what is wrong with "${search.slice(0, 40)}"`, () => {
			const result = parseEmbedParams(search, graphics, steps);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.message).toMatch(message);
		});
	}
});
