/** Build-time constants this project adds to Vite's (vite.config.ts `define`). */
interface ImportMetaEnv {
	/** PUBLIC_URL as the build read it (src/build/public-url.ts): an absolute URL, or ''. */
	readonly PUBLIC_URL: string;
}
