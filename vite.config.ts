/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig, type BuildEnvironmentOptions, type PluginOption } from 'vite';
import { briefingPlugin } from './src/build/briefing/plugin.ts';
import { datasetPlugin } from './src/build/dataset-plugin.ts';
import { fontPlugin } from './src/build/font-plugin.ts';
import { geoPlugin } from './src/build/geo-plugin.ts';
import { offlinePlugin } from './src/build/offline-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { describeAddress, publicAddress, publicDefine } from './src/build/public-url.ts';
import { stillsPlugin } from './src/build/stills/plugin.ts';
import { vendorPlugin } from './src/build/vendor-plugin.ts';

// Dates are parsed and formatted in UTC everywhere; pinning the test time zone makes a
// local-time leak impossible to miss (and the scripts set TZ=UTC too, for child processes).
process.env.TZ = 'UTC';

const root = import.meta.dirname;
const page = (file: string) => resolve(root, file);
/**
 * The data folder every plugin reads (records, copy, downloads, briefing pack): data/, or
 * DATA_DIR (relative to the project) for a variant such as the bench's scaled copy.
 */
const dataDir = resolve(root, process.env.DATA_DIR || 'data');

/** The published site: the story and the embed page, with data downloads, map shapes and pym.js. */
const site: BuildEnvironmentOptions = {
	target: 'es2022',
	// dist/.vite/manifest.json: which chunks each page and each graphic needs (the byte budgets)
	manifest: true,
	rollupOptions: {
		input: { story: page('index.html'), embed: page('embed.html') },
		output: {
			// a graphic's chunk is named for its graphic, not for its file (every one is part.ts)
			chunkFileNames: chunk => {
				const graphic = /graphics\/([^/]+)\/part\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
				return `assets/${graphic ? `${graphic}-part` : '[name]'}-[hash].js`;
			}
		}
	}
};

/**
 * `vite build --mode offline`: the story (and briefing mode) as one HTML file in dist-offline/,
 * everything inlined (src/build/offline-plugin.ts); no code splitting, so nothing is fetched.
 */
const offline: BuildEnvironmentOptions = {
	target: 'es2022',
	outDir: 'dist-offline',
	emptyOutDir: true,
	cssCodeSplit: false,
	modulePreload: false,
	// every asset is a data: URL, the font files included (there is nothing to fetch them from)
	assetsInlineLimit: () => true,
	rollupOptions: {
		input: { story: page('index.html') },
		output: { codeSplitting: false }
	}
};

export default defineConfig(({ command, mode }) => {
	const isOffline = mode === 'offline';
	// the offline file opens from disk: it has no address, whatever PUBLIC_URL says
	const address = isOffline ? publicAddress('') : publicAddress();
	if (command === 'build' && !isOffline) console.log(describeAddress(address));
	if (command === 'build' && process.env.DATA_DIR) console.log(`Data from ${dataDir} (DATA_DIR)`);
	// before the offline plugin (same stage, so array order): it fills the page the other folds
	const pages = prerenderPlugin({ root, dataDir, address, published: !isOffline });
	const plugins: PluginOption[] = [
		svelte(),
		datasetPlugin({ dataDir, publish: !isOffline, fetched: !isOffline }),
		// the offline file carries the font inline, so there is no file to preload
		fontPlugin({ root, preload: !isOffline }),
		pages,
		...(isOffline
			? [offlinePlugin(root)]
			: [
					geoPlugin(),
					vendorPlugin(),
					stillsPlugin({ copy: () => pages.api.copy(), publicUrl: address.url }),
					// after the stills (both `closeBundle` hooks are `post`: array order): the slides
					// and the handout, made of them
					briefingPlugin({ dataDir })
				])
	];
	return {
		// relative asset URLs (the built site works from any folder of a newsroom's server), or the
		// published address, absolute, when the build is given one (PUBLIC_URL)
		base: address.base,
		define: publicDefine(address),
		// the offline file carries its icon inline and needs nothing else from public/
		publicDir: isOffline ? false : 'public',
		plugins,
		build: isOffline ? offline : site,
		server: { host: '127.0.0.1' },
		preview: { host: '127.0.0.1' },
		test: {
			projects: [
				{
					extends: true,
					test: {
						name: 'unit',
						environment: 'node',
						include: ['tests/unit/**/*.test.ts', 'tests/render/**/*.test.ts']
					}
				},
				{
					extends: true,
					test: {
						name: 'browser',
						environment: 'node',
						include: ['tests/browser/**/*.test.ts'],
						globalSetup: ['tests/browser/global-setup.ts'],
						// the browsers and servers are shared; files run one after another so their
						// timings don't fight over the two cores (and Firefox takes one BiDi session at a time)
						fileParallelism: false,
						testTimeout: 60_000,
						hookTimeout: 60_000,
						retry: process.env.CI ? 1 : 0
					}
				}
			]
		}
	};
});
