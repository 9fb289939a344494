/**
 * public/embed-early.js, run as a classic script in a page at the URL (here in a context of its
 * own, with the little of a page it reads and writes):
 * it hides an embed folder's written page for every URL whose live page would differ from it, by
 * the app's own readings of the query (embed-params.ts, theme.ts), and for no URL a host page
 * adds by itself (pym.js's).
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../../src/lib/embed-params.ts';
import { parseTheme } from '../../../src/lib/theme.ts';

const script = readFileSync(new URL('../../../public/embed-early.js', import.meta.url), 'utf8');
const FOLDER = 'https://example.org/story/embed/monthly-pace/';
const GRAPHICS = ['monthly-pace', 'exchange-map'];
const STEPS = [
	{ id: 'monthly', graphic: 'monthly-pace' },
	{ id: 'ronin', graphic: 'monthly-pace' },
	{ id: 'bybit', graphic: 'exchange-map' }
];

function hidden(query: string): boolean {
	const marks = new Set<string>();
	const url = new URL(FOLDER + query);
	runInNewContext(script, {
		location: url,
		URLSearchParams,
		document: { documentElement: { setAttribute: (name: string) => marks.add(name) } }
	});
	return marks.has('data-embed-waiting');
}

/** Whether the live page differs from the folder's written one (its graphic, first step, auto theme). */
function differs(query: string): boolean {
	const search = new URLSearchParams(query);
	if (search.has('still')) return true;
	const named = new URLSearchParams(search);
	if (!named.has('graphic')) named.set('graphic', 'monthly-pace');
	const params = parseEmbedParams(`?${named}`, GRAPHICS, STEPS);
	const theme = parseTheme(query);
	return (
		!params.ok ||
		params.graphic !== 'monthly-pace' ||
		params.step !== null ||
		!theme.ok ||
		theme.theme !== 'auto'
	);
}

const PYM =
	'?initialWidth=375&childId=nk-crypto-monthly-pace&parentTitle=A&parentUrl=https%3A%2F%2Fnews.example';

describe('public/embed-early.js', () => {
	it('leaves the written page alone with no query, or only the host page’s (pym.js)', () => {
		expect(hidden('')).toBe(false);
		expect(hidden(PYM)).toBe(false);
		expect(hidden('?theme=auto')).toBe(false);
	});

	it.each([
		'?step=ronin',
		'?step=monthly',
		`${PYM}&step=ronin`,
		'?graphic=exchange-map',
		'?step=nope',
		'?theme=dark',
		'?theme=light',
		'?theme=purple',
		'?still',
		'?still=card'
	])('hides it until the script has drawn %s', query => {
		expect(hidden(query)).toBe(true);
	});

	it('hides it for every query whose live page would differ from it', () => {
		const parts = [
			'',
			'step=ronin',
			'step=monthly',
			'graphic=monthly-pace',
			'graphic=exchange-map'
		];
		const themes = ['', 'theme=auto', 'theme=dark', 'theme=light', 'theme=', 'theme=x'];
		let checked = 0;
		for (const a of parts)
			for (const b of themes)
				for (const c of ['', 'still']) {
					const query = `?${[a, b, c].filter(Boolean).join('&')}`;
					if (!differs(query)) continue;
					checked++;
					expect(hidden(query), query).toBe(true);
				}
		expect(checked).toBeGreaterThan(40);
	});
});
