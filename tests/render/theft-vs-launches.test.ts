/**
 * The theft-vs-launches graphic rendered in Node at a fixed size from fixture data, for each kind
 * of step, compared with the reviewed snapshots in tests/render/output/. A change to the drawing
 * shows up as a diff of those files: review it, then `npm run test:update`.
 */
import { describe, expect, it } from 'vitest';
import { theftVsLaunchesData } from '../../src/graphics/theft-vs-launches/data.ts';
import TheftVsLaunches from '../../src/graphics/theft-vs-launches/TheftVsLaunches.svelte';
import type { TheftVsLaunchesView } from '../../src/graphics/theft-vs-launches/view.ts';
import { fixtures, SIZE } from './fixtures.ts';
import { renderToText, snapshotCases } from './snapshot.ts';

const data = theftVsLaunchesData(fixtures.theftByYear, fixtures.missileLaunches);

describe('<TheftVsLaunches> rendered on the server', () => {
	snapshotCases('theft-vs-launches', TheftVsLaunches, data, SIZE, {
		'theft-only': { show: 'theft' },
		'highlight-2022-both': { highlight: [2022] },
		'spread-and-note': {
			show: 'both',
			spread: true,
			note: 'A note about 2018',
			noteyear: [2018],
			notepanel: 'launches'
		}
	});

	it('is settled on its step from the first paint and hides the drawing from assistive tech', () => {
		const html = renderToText(TheftVsLaunches, {
			step: 'x',
			view: {},
			data,
			size: SIZE,
			alt: 'The alt text'
		});
		expect(html).toContain('data-graphic="theft-vs-launches"');
		expect(html).toContain('data-settled-step="x"');
		expect(html).toContain('role="img" aria-label="The alt text"');
		expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
	});

	it('carries each year on its bars as data-year', () => {
		const html = renderToText(TheftVsLaunches, { step: 'x', view: {}, data, size: SIZE, alt: '' });
		for (const t of fixtures.theftByYear) expect(html).toContain(`data-year="${t.year}"`);
	});
});
