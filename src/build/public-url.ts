/**
 * The address the site will be published at, from `PUBLIC_URL` (e.g.
 * `PUBLIC_URL=https://news.example.org/graphics/2026/dprk-crypto/ npm run build`).
 *
 * With it, the build writes absolute URLs everywhere a page fetches or links (Vite's `base`), and
 * into the canonical, Open Graph, JSON-LD and embed codes, so the page works at its address with
 * or without the trailing slash. Without it the build stays relative and works from any folder,
 * but social cards and canonicals then have no host to point at (the build says so).
 */

/** What the build knows about where it will be published. */
export interface PublicAddress {
	/** Vite's `base`: the absolute URL (ending in a slash), or './' for a relative build. */
	base: string;
	/** The absolute URL, or null for a relative build. */
	url: string | null;
}

/**
 * Reads `PUBLIC_URL` (an http or https URL of a folder; a missing trailing slash is added, since
 * the site is a folder). Throws with what was found and what is expected.
 */
export function publicAddress(value: string | undefined = process.env.PUBLIC_URL): PublicAddress {
	if (value === undefined || value.trim() === '') return { base: './', url: null };
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(
			`PUBLIC_URL: expected the absolute address the site is published at, such as https://news.example.org/graphics/2026/dprk/; found ${JSON.stringify(value)}`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(
			`PUBLIC_URL: expected an http or https address; found ${JSON.stringify(value)}`
		);
	if (url.search || url.hash)
		throw new Error(
			`PUBLIC_URL: expected the address of a folder, without ?query or #fragment; found ${JSON.stringify(value)}`
		);
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return { base: url.href, url: url.href };
}

/** One line for the build log: which kind of build this is. */
export function describeAddress(address: PublicAddress): string {
	return address.url
		? `public address ${address.url}: canonical, Open Graph, JSON-LD, embed codes and every asset URL are absolute`
		: 'no PUBLIC_URL: a relative build that works from any folder (served with a trailing slash); it has no canonical or og:url, and og:image and embed codes are relative: set PUBLIC_URL=https://…/ before publishing';
}

/** What the app's code reads of the address (src/lib/site-url.ts): Vite `define` entries. */
export function publicDefine(address: PublicAddress): Record<string, string> {
	return { 'import.meta.env.PUBLIC_URL': JSON.stringify(address.url ?? '') };
}
