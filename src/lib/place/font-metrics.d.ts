/** The module src/build/font-plugin.ts derives at build time from the shipped font files. */
declare module 'virtual:font-metrics' {
	const metrics: import('./measure.ts').FontMetrics;
	export default metrics;
}
/** Its local fallback faces, metric-matched to the font (a side-effect stylesheet). */
declare module 'virtual:font-fallback.css' {}
