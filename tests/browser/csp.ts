/** The policy the README documents for newsrooms that serve the package (security.test.ts). */
export const CSP = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'"
].join('; ');
