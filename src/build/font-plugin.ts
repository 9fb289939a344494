/**
 * The font in the build (src/build/font-files.ts reads the files):
 *   - `virtual:font-metrics`: the advance widths of the shipped weights, for the text-width
 *     measure (src/lib/place/measure.ts), so a label is placed by the width it will have;
 *   - `virtual:font-fallback.css`: the metric-matched local fallback faces;
 *   - a `<link rel="preload">` for each shipped weight in every page's head (the first screen
 *     uses both), written before Vite reads the page, so Vite emits the file and writes its
 *     hashed name, the same file the CSS's `@font-face` refers to (src/styles/fonts.css).
 * The offline build inlines the font in its CSS instead (vite.config.ts) and has nothing to preload.
 */
import { relative } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { fallbackCss, fontFile, fontMetrics, WEIGHTS } from './font-files.ts';

const METRICS = 'virtual:font-metrics';
const FALLBACK = 'virtual:font-fallback.css';

export function fontPlugin(options: { root: string; preload: boolean }): Plugin {
	return {
		name: 'font',
		resolveId(id) {
			if (id === METRICS || id === FALLBACK) return `\0${id}`;
		},
		async load(id) {
			if (id === `\0${METRICS}`) return `export default ${JSON.stringify(fontMetrics())};`;
			if (id === `\0${FALLBACK}`) return (await fallbackCss()).css;
		},
		transformIndexHtml: {
			order: 'pre',
			handler(): HtmlTagDescriptor[] {
				if (!options.preload) return [];
				return WEIGHTS.map(weight => ({
					tag: 'link',
					attrs: {
						rel: 'preload',
						as: 'font',
						type: 'font/woff2',
						crossorigin: true,
						href: `/${relative(options.root, fontFile(weight))}`
					},
					injectTo: 'head-prepend'
				}));
			}
		}
	};
}
