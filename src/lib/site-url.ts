/**
 * Where the site's own files are, for everything a page fetches or links at run time (map shapes,
 * downloads, stills, embed codes): one resolver, so a page served at its address without the
 * trailing slash (`…/dprk` instead of `…/dprk/`) still finds them. Never the page's own URL:
 *   - a build with PUBLIC_URL knows its address (src/build/public-url.ts) and uses it;
 *   - a relative build finds the site from the script's own URL (the bundle is in assets/), which
 *     the browser resolved when it loaded the script;
 *   - the prerender (on the server) writes paths relative to the page, starting `./`, as the
 *     relative build's HTML does: a page in a folder below the root (an embed's, embed/<id>/)
 *     rewrites that start to its way back up (src/build/embed-folders.ts).
 */
import { OFFLINE } from './flavour.ts';

/** The address the build was given (PUBLIC_URL, ending in a slash), or '' for a relative build. */
export const PUBLISHED: string = import.meta.env.PUBLIC_URL ?? '';

/** How far the module is below the site's root: assets/<chunk>.js once built, src/lib/ in dev. */
function scriptRoot(): string {
	if (OFFLINE) return new URL('./', import.meta.url).href; // inline in the one HTML file
	return new URL(import.meta.env.DEV ? '../../' : '../', import.meta.url).href;
}

/**
 * The URL of a file of the site (`geo/world-110m.json`, `stills/spread.png`, '' for the story):
 * absolute in the browser and in a build with PUBLIC_URL; relative to the site's root, from a page
 * at the root, on the server otherwise.
 */
export function siteUrl(path: string): string {
	if (PUBLISHED) return new URL(path, PUBLISHED).href;
	if (import.meta.env.SSR) return `./${path}`;
	return new URL(path, scriptRoot()).href;
}
