/**
 * A small static file server for the built site (dist/), on 127.0.0.1 and a free port.
 * The tests use it instead of `vite preview` because they need control of the response headers
 * (a strict Content-Security-Policy), a second origin for host pages, and, for WebKit, pages that
 * record their own errors (`record`).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export interface StaticServerOptions {
	/** Headers added to every response (for example a Content-Security-Policy). */
	headers?: OutgoingHttpHeaders;
	/**
	 * For the browser tests of engines whose driver sees no console (WebKit over WebDriver
	 * classic): a folder (tests/browser/harness/: the recorder, and the frame that sizes the
	 * viewport) served at `/__test/`, and every HTML page gets `<script src="/__test/record.js">`
	 * as the first element of its head. An external script of the same origin: allowed by the
	 * strict policy too.
	 */
	harness?: string;
}

export const RECORDER = '<script src="/__test/record.js"></script>';

/**
 * The file a site folder serves for a URL path (a folder's index.html), 'outside' for a path that
 * climbs out of the folder, or null when there is none. Shared by this server and the stills'
 * request routing (src/build/stills/capture.ts).
 */
export function siteFile(root: string, path: string): string | 'outside' | null {
	const base = resolve(root);
	let file = normalize(join(base, path));
	if (!file.startsWith(base)) return 'outside';
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) ? file : null;
}

export async function serveStatic(
	dir: string,
	options: StaticServerOptions = {}
): Promise<StaticServer> {
	const root = resolve(dir);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const harness = options.harness !== undefined && path.startsWith('/__test/');
		const file = harness
			? siteFile(options.harness as string, path.slice('/__test/'.length))
			: siteFile(root, path);
		if (file === 'outside') {
			res.writeHead(403).end();
			return;
		}
		if (file === null) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
			...options.headers
		});
		if (options.harness !== undefined && extname(file) === '.html')
			res.end(readFileSync(file, 'utf8').replace(/<head>/i, match => `${match}${RECORDER}`));
		else createReadStream(file).pipe(res);
	});
	await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise<void>(done => server.close(() => done()))
	};
}
