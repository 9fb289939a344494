/**
 * The one loader of the published site's data files (src/data/fetch.ts): each file is fetched
 * once, a failed download rejects and can be tried again, and a dataset's module (which awaits
 * `dataset`) settles with the first download that succeeds.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('virtual:data-files', () => ({
	files: {
		exchangeHacks: 'assets/data-exchangeHacks-abc.json',
		launchSites: 'assets/data-launchSites-def.json'
	}
}));

const { dataset, fetchDatasets } = await import('../../../src/data/fetch.ts');

const answer = (body: unknown, status = 200) =>
	Promise.resolve(new Response(JSON.stringify(body), { status }));

afterEach(() => vi.unstubAllGlobals());

describe('fetchDatasets(names) and dataset(name)', () => {
	it('fetches a file once, from the site, and parses it', async () => {
		const fetch = vi.fn(() => answer([{ id: 'a' }]));
		vi.stubGlobal('fetch', fetch);
		await Promise.all([fetchDatasets(['launchSites']), fetchDatasets(['launchSites'])]);
		expect(await dataset('launchSites')).toEqual([{ id: 'a' }]);
		await fetchDatasets(['launchSites']);
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(fetch).toHaveBeenCalledWith('./assets/data-launchSites-def.json');
	});

	it('rejects naming the file when the server fails, and a retry fetches it again', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(() => answer('gone', 404))
		);
		let settled: unknown = 'pending';
		// the dataset's module waits first (its own download starts); the part loader joins it
		void dataset('exchangeHacks').then(records => (settled = records));
		await expect(fetchDatasets(['exchangeHacks'])).rejects.toThrow(
			'assets/data-exchangeHacks-abc.json: the server answered 404'
		);
		expect(settled).toBe('pending');
		vi.stubGlobal(
			'fetch',
			vi.fn(() => answer([{ id: 'b' }]))
		);
		await fetchDatasets(['exchangeHacks']);
		await Promise.resolve();
		expect(settled).toEqual([{ id: 'b' }]);
	});

	it('does nothing for a dataset that has no file (its records are in its module)', async () => {
		const fetch = vi.fn(() => answer([]));
		vi.stubGlobal('fetch', fetch);
		await fetchDatasets(['figures']);
		expect(fetch).not.toHaveBeenCalled();
	});
});
