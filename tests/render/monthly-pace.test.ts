/** The monthly-pace graphic rendered in Node from fixture data, compared with reviewed snapshots. */
import { describe, expect, it } from 'vitest';
import { monthlyPaceData } from '../../src/graphics/monthly-pace/data.ts';
import MonthlyPace from '../../src/graphics/monthly-pace/MonthlyPace.svelte';
import type { MonthlyPaceView } from '../../src/graphics/monthly-pace/view.ts';
import { fixtures, SIZE } from './fixtures.ts';
import { renderToText, snapshotCases } from './snapshot.ts';

const data = monthlyPaceData(fixtures.missileLaunches, fixtures.exchangeHacks, '2021-01');

/** The whole range, as the first monthly step draws it. */
const overview = () =>
	renderToText(MonthlyPace, { step: 'x', view: { from: '2021-01' }, data, size: SIZE, alt: '' });

describe('<MonthlyPace> rendered on the server', () => {
	snapshotCases('monthly-pace', MonthlyPace, data, SIZE, {
		overview: {},
		'zoom-2022-highlight-january': { from: '2021-10', to: '2022-06', highlight: ['2022-01'] },
		'window-and-heist': {
			from: '2024-10',
			to: '2025-06',
			heists: ['bybit-2025-02'],
			window: ['2025-01-01', '2025-03-31'],
			windowlabel: 'A window'
		}
	});

	it('carries hooks: data-month on bars, data-exchange-id on thefts, a hollow disputed theft', () => {
		const html = overview();
		expect(html).toContain('data-month="2022-01"');
		expect(html).toContain('data-exchange-id="bybit-2025-02"');
		expect(html).toContain('data-graphic="monthly-pace"');
	});

	it('draws the lane titles after the year lines, so a line never crosses a title', () => {
		const html = overview();
		const lines = html.indexOf('aria-label="year-boundaries"');
		const titles = [...html.matchAll(/class="lane-title[^"]*"/g)].map(m => m.index);
		expect(lines).toBeGreaterThan(-1);
		expect(titles).toHaveLength(2);
		for (const at of titles) expect(at).toBeGreaterThan(lines);
	});
});
