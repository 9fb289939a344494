/**
 * Strings from data are text, never markup: a record or a line of copy holding HTML or a
 * `javascript:` address renders inert. The schemas already refuse non-http(s) source URLs; these
 * renders feed the components hostile values directly, as if a changed schema had let them pass.
 */
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import type { ExchangeHack, Source } from '../../src/data/types.ts';
import DataTable from '../../src/graphics/DataTable.svelte';
import { exchangeMapData } from '../../src/graphics/exchange-map/data.ts';
import ExchangeMap from '../../src/graphics/exchange-map/ExchangeMap.svelte';
import { incidentDetails } from '../../src/graphics/exchange-map/details.ts';
import IncidentPanel from '../../src/graphics/exchange-map/IncidentPanel.svelte';
import SourceList from '../../src/graphics/exchange-map/SourceList.svelte';
import { exchangeMapTable } from '../../src/graphics/exchange-map/table.ts';
import { safeHref } from '../../src/lib/safe-href.ts';
import type { Copy } from '../../src/story/types.ts';
import StoryPage from '../../src/surfaces/story/StoryPage.svelte';
import { fixtures, SIZE } from './fixtures.ts';
import { renderToText } from './snapshot.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

const base = fixtures.exchangeHacks[0]!;
const hostile: ExchangeHack = {
	...base,
	platform: IMG,
	attribution: SCRIPT,
	city: `${IMG} City`
};
const hostileSources: Source[] = [
	{ publisher: IMG, title: SCRIPT, date: '2024-01-01', url: 'javascript:alert(3)' },
	{ publisher: 'Data', title: 'x', date: '2024-01-01', url: 'data:text/html,<b>hi</b>' },
	{ publisher: 'FBI', title: 'x', date: '2025-02-26', url: 'https://www.fbi.gov/news' }
];
const unlocated: ExchangeHack = {
	...hostile,
	id: 'nowhere',
	lat: null,
	lon: null,
	locationPrecision: 'none'
};

const TAG =
	/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The elements and attributes in server-rendered markup (quoted values kept whole). */
function elements(html: string) {
	return [...html.matchAll(TAG)].map(([, tag, attrs]) => ({
		tag: (tag as string).toLowerCase(),
		attributes: [...(attrs ?? '').matchAll(ATTRIBUTE)].map(m => ({
			name: (m[1] as string).toLowerCase(),
			value: m[2] ?? m[3] ?? m[4] ?? ''
		}))
	}));
}

/**
 * Only the elements the components write: no <img> but the steps' stills, no <script>, no
 * handlers, no script links.
 */
function expectInert(html: string) {
	const found = elements(html);
	expect(found.length).toBeGreaterThan(0);
	// the one picture the components write is a step's still, from the site's stills/ folder
	const still = (e: (typeof found)[number]) =>
		e.tag === 'img' &&
		e.attributes.some(a => a.name === 'src' && /^\.\/stills\/[a-z0-9-]+\.png$/.test(a.value));
	expect(
		found.filter(e => ['img', 'script', 'iframe', 'object'].includes(e.tag) && !still(e))
	).toEqual([]);
	const risky = found.flatMap(e =>
		e.attributes.filter(
			a =>
				a.name.startsWith('on') ||
				((a.name === 'href' || a.name === 'src') &&
					!/^(https?:|#|\.\/|data\/|stills\/|briefing\/)/.test(a.value))
		)
	);
	expect(risky).toEqual([]);
}

describe('hostile strings from data render as text', () => {
	it('in a theft’s details and the list of unlocated thefts', () => {
		const html = renderToText(IncidentPanel, {
			incident: hostile,
			unlocated: [unlocated],
			onselect: () => {},
			onclose: () => {}
		});
		expectInert(html);
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('in a theft’s sources: named, but linked only when the address is http(s)', () => {
		const html = renderToText(SourceList, {
			sources: incidentDetails(hostile, hostileSources).sources
		});
		expectInert(html);
		expect(html).toContain('&lt;img src=x onerror=alert(1)>, Jan. 1, 2024');
		expect(html).not.toContain('href="javascript');
		expect(html).not.toContain('href="data');
		expect(html).toContain('<a href="https://www.fbi.gov/news"');
	});

	it('in the map’s symbols and labels', () => {
		const html = renderToText(ExchangeMap, {
			step: 'x',
			view: { highlight: [hostile.id] },
			data: exchangeMapData([hostile, unlocated]),
			size: SIZE,
			alt: IMG,
			shapes: null
		});
		expectInert(html);
	});

	it('in a data table', () => {
		const html = renderToText(DataTable, {
			table: exchangeMapTable({}, exchangeMapData([hostile, unlocated])),
			id: 't'
		});
		expectInert(html);
		expect(html).toContain('<th scope="row">&lt;img src=x onerror=alert(1)>');
	});

	it('in the copy: headline, step text, alt text and graphic titles', () => {
		const evil: Copy = structuredClone(copy);
		evil.headline = IMG;
		evil.dek = SCRIPT;
		evil.intro = [IMG];
		const first = evil.steps[0]!;
		first.text = [IMG, SCRIPT];
		first.alt = IMG;
		const figure = evil.graphics[first.graphic]!;
		figure.title = SCRIPT;
		figure.source = IMG;
		evil.credits = [IMG];
		const html = renderToText(StoryPage, { copy: evil, notices: [IMG] });
		expectInert(html);
		expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)>');
	});
});

describe('safeHref(url)', () => {
	it('keeps http(s) addresses', () => {
		expect(safeHref('https://www.fbi.gov/news')).toBe('https://www.fbi.gov/news');
		expect(safeHref('http://example.org/a?b=c')).toBe('http://example.org/a?b=c');
	});
	it('refuses everything else', () => {
		for (const url of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'data:text/html,<b>',
			'vbscript:x',
			'file:///etc/passwd',
			'//evil.example',
			'/relative',
			''
		])
			expect(safeHref(url), url).toBeNull();
	});
});
