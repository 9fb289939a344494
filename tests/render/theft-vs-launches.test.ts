/**
 * The theft-vs-launches graphic rendered in Node at a fixed size from fixture data, for each kind
 * of step, compared with the reviewed snapshots in tests/render/output/. A change to the drawing
 * shows up as a diff of those files: review it, then `npm run test:update`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { theftEstimate } from '../../src/data/schemas/theft-by-year.ts';
import { parseRecords } from '../../src/data/validate.ts';
import TheftVsLaunches from '../../src/graphics/theft-vs-launches/TheftVsLaunches.svelte';
import { renderToText } from './snapshot.ts';

const fixture = parseRecords(
	'fixture',
	readFileSync(resolve(import.meta.dirname, '../fixtures/valid/theft-by-year.json'), 'utf8'),
	theftEstimate
);
const data = { theft: fixture };
const size = { width: 640, height: 400 };

describe('<TheftVsLaunches> rendered on the server', () => {
	const cases = {
		all: {},
		'highlight-2018': { highlight: [2018] },
		'highlight-approximate-2019': { highlight: [2019] }
	};
	for (const [name, view] of Object.entries(cases)) {
		it(`matches the reviewed snapshot: ${name}`, async () => {
			const html = renderToText(TheftVsLaunches, {
				step: name,
				view,
				data,
				size,
				alt: `Alt for ${name}`
			});
			expect(html).not.toMatch(/NaN|undefined/);
			await expect(html).toMatchFileSnapshot(`output/theft-vs-launches-${name}.svg`);
		});
	}

	it('is settled on its step from the first paint and hides the drawing from assistive tech', () => {
		const html = renderToText(TheftVsLaunches, {
			step: 'x',
			view: {},
			data,
			size,
			alt: 'The alt text'
		});
		expect(html).toContain('data-graphic="theft-vs-launches"');
		expect(html).toContain('data-settled-step="x"');
		expect(html).toContain('role="img" aria-label="The alt text"');
		expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
	});
});
