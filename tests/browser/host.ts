/**
 * Host pages for embeds: a newsroom's article on another origin (a second static server on its
 * own port), holding whatever embed code a test writes. It serves the recorder and the test frame
 * too (static-server.ts, `harness`), which the WebKit run needs of every page it opens.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';
import { HARNESS } from './global-setup.ts';

export interface HostSite extends StaticServer {
	/** Writes a page (an article) and returns its URL. */
	page(name: string, body: string): string;
}

export async function serveHost(): Promise<HostSite> {
	const dir = mkdtempSync(join(tmpdir(), 'host-'));
	const server = await serveStatic(dir, { harness: HARNESS });
	return {
		...server,
		page(name, body) {
			writeFileSync(
				join(dir, name),
				`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<style>body { margin: 0; font-family: sans-serif } p { max-width: 40rem; margin: 1rem auto }</style></head>
<body><p>An article that embeds graphics.</p>\n${body}\n<p>The article goes on.</p></body></html>`
			);
			return new URL(name, server.url).href;
		},
		async close() {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
