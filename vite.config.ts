/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { datasetPlugin } from './src/build/dataset-plugin.ts';
import { geoPlugin } from './src/build/geo-plugin.ts';

// Dates are parsed and formatted in UTC everywhere; pinning the test time zone makes a
// local-time leak impossible to miss (and the scripts set TZ=UTC too, for child processes).
process.env.TZ = 'UTC';

export default defineConfig({
	// relative asset URLs: the built site works from any folder of a newsroom's server
	base: './',
	plugins: [svelte(), datasetPlugin({ dataDir: 'data' }), geoPlugin()],
	build: {
		target: 'es2022',
		rollupOptions: {
			input: {
				story: resolve(import.meta.dirname, 'index.html'),
				embed: resolve(import.meta.dirname, 'embed.html')
			}
		}
	},
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
					// one Chromium and one server are shared; files run one after another so their
					// timings don't fight over the two cores
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000,
					retry: process.env.CI ? 1 : 0
				}
			}
		]
	}
});
