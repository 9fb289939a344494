/**
 * Publishes pym.js's parent script beside the story (pym.v1.min.js), so the embed code a newsroom
 * copies loads it from our own site, never from a CDN. Copied from the pinned npm package at build
 * time, and served by the dev server.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Published file name → file in node_modules. */
export const VENDOR_FILES = { 'pym.v1.min.js': 'pym.js/dist/pym.v1.min.js' } as const;

export function vendorPlugin(): Plugin {
	const read = (file: string) => readFileSync(require.resolve(file));
	return {
		name: 'vendor-files',
		generateBundle() {
			for (const [fileName, file] of Object.entries(VENDOR_FILES))
				this.emitFile({ type: 'asset', fileName, source: read(file) });
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const name = req.url?.split('?')[0]?.split('/').pop() ?? '';
				const file = VENDOR_FILES[name as keyof typeof VENDOR_FILES];
				if (!file) return next();
				res.setHeader('content-type', 'text/javascript; charset=utf-8');
				res.end(read(file));
			});
		}
	};
}
