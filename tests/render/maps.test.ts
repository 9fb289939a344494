/**
 * The two maps rendered in Node from fixture data, compared with reviewed snapshots. The exchange
 * map is rendered without its world shapes (the symbols are what the snapshot reviews; 176
 * country paths would drown them); the launch-site map with its small Korea shapes.
 */
import { describe, expect, it } from 'vitest';
import { exchangeMapData } from '../../src/graphics/exchange-map/data.ts';
import ExchangeMap from '../../src/graphics/exchange-map/ExchangeMap.svelte';
import IncidentPanel from '../../src/graphics/exchange-map/IncidentPanel.svelte';
import { offMapTitle } from '../../src/graphics/exchange-map/lists.ts';
import { launchSiteMapData } from '../../src/graphics/launch-site-map/data.ts';
import LaunchSiteMap from '../../src/graphics/launch-site-map/LaunchSiteMap.svelte';
import { korea } from '../unit/graphics/shapes.ts';
import { fixtures, SIZE } from './fixtures.ts';
import { renderToText } from './snapshot.ts';

const hacks = exchangeMapData(fixtures.exchangeHacks);
const sites = launchSiteMapData(fixtures.missileLaunches, fixtures.launchSites);

describe('<ExchangeMap> rendered on the server', () => {
	const cases = {
		world: {},
		'gulf-bybit': { region: 'gulf', years: [2025, 2025], highlight: ['bybit-2025-02'] }
	} as const;
	for (const [name, view] of Object.entries(cases)) {
		it(`matches the reviewed snapshot: ${name}`, async () => {
			const html = renderToText(ExchangeMap, {
				step: name,
				view: view as never,
				data: hacks,
				size: SIZE,
				alt: `Alt ${name}`,
				shapes: null
			});
			expect(html).not.toMatch(/NaN|undefined|Infinity/);
			await expect(html).toMatchFileSnapshot(`output/exchange-map-${name}.svg`);
		});
	}

	it('is a named group whose thefts are buttons, and lists the theft with no location', () => {
		const html = renderToText(ExchangeMap, {
			step: 'x',
			view: {},
			data: hacks,
			size: SIZE,
			alt: 'The map',
			shapes: null
		});
		expect(html).toContain('role="group" aria-label="The map"');
		expect(html).toMatch(
			/<g[^>]*data-exchange-id="bybit-2025-02"[^>]*role="button"[^>]*tabindex="0"/
		);
		expect(html).toContain('data-unlocated-id="alphapo-2023-07"');
	});
});

describe('<IncidentPanel>: the thefts off the map, however many', () => {
	// a newsroom's list runs to hundreds; the box shows two rows and scrolls (its CSS, measured in
	// tests/browser/maps.test.ts), and every theft stays a button in it
	const base = fixtures.exchangeHacks.find(h => h.locationPrecision === 'none')!;
	const many = Array.from({ length: 300 }, (_, i) => ({ ...base, id: `${base.id}-${i}` }));
	const html = renderToText(IncidentPanel, {
		incident: undefined,
		unlocated: many,
		reported: many.slice(0, 2),
		onselect: () => {},
		onclose: () => {}
	});

	it('keeps every theft, as a button, in one box', () => {
		expect(html.match(/data-off-map/g)).toHaveLength(1);
		expect(html.match(/<button type="button" data-unlocated-id=/g)).toHaveLength(300);
		expect(html.match(/<button type="button" data-reported-id=/g)).toHaveLength(2);
	});

	it('says how many each list holds', () => {
		expect(html).toContain(offMapTitle('unlocated', 300));
		expect(html).toContain(offMapTitle('reported', 2));
	});

	it('draws no box when nothing is off the map', () =>
		expect(
			renderToText(IncidentPanel, {
				incident: undefined,
				unlocated: [],
				onselect: () => {},
				onclose: () => {}
			})
		).not.toContain('data-off-map'));
});

describe('offMapTitle(list, count)', () => {
	it('names the list and its count', () => {
		expect(offMapTitle('unlocated', 5)).toBe('Not on the map, no known location (5):');
		expect(offMapTitle('reported', 1)).toBe('Reported, not confirmed, not counted (1):');
	});
});

describe('<LaunchSiteMap> rendered on the server', () => {
	it('matches the reviewed snapshot', async () => {
		const html = renderToText(LaunchSiteMap, {
			step: 'all',
			view: {},
			data: sites,
			size: SIZE,
			alt: 'Sites',
			shapes: korea
		});
		expect(html).not.toMatch(/NaN|undefined|Infinity/);
		await expect(html).toMatchFileSnapshot('output/launch-site-map-all.svg');
	});
});
