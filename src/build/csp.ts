/**
 * The Content-Security-Policy to send with the site, as a header (README's deploy section; the
 * Caddyfile in deploy/ sends it, and the browser tests run the site under it). Everything comes
 * from the site's own origin; images may also be data: URLs (the offline file's icon).
 */
export const CSP = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'"
].join('; ');
