/**
 * A link target from data, or null when it is not an http(s) address. The data's schema already
 * refuses other URLs at build time; this second check is where a link is made, so a `javascript:`
 * or `data:` address that got past a changed schema is shown as text, never followed. Pure.
 */
export function safeHref(url: string): string | null {
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}
