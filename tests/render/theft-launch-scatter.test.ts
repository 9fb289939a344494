/** The theft-launch-scatter graphic rendered in Node from fixture data, compared with reviewed snapshots. */
import { describe, expect, it } from 'vitest';
import { theftLaunchScatterData } from '../../src/graphics/theft-launch-scatter/data.ts';
import TheftLaunchScatter from '../../src/graphics/theft-launch-scatter/TheftLaunchScatter.svelte';
import type { TheftLaunchScatterView } from '../../src/graphics/theft-launch-scatter/view.ts';
import { fixtures, SIZE } from './fixtures.ts';
import { renderToText, snapshotCases } from './snapshot.ts';

const data = theftLaunchScatterData(fixtures.theftByYear, fixtures.missileLaunches);

describe('<TheftLaunchScatter> rendered on the server', () => {
	snapshotCases('theft-launch-scatter', TheftLaunchScatter, data, SIZE, {
		connected: {},
		'highlight-and-stat': { highlight: [2022], stat: true, note: 'A note' }
	});

	it('draws one point per paired year, with data-year', () => {
		const html = renderToText(TheftLaunchScatter, {
			step: 'x',
			view: {},
			data,
			size: SIZE,
			alt: ''
		});
		for (const p of data.pairs) expect(html).toContain(`<circle data-year="${p.year}"`);
	});
});
