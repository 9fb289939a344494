/**
 * Puts the prerendered story (src/surfaces/story/prerender.ts, rendered with Svelte's server
 * renderer through Vite's module runner) into the built index.html, inside #app. The page is
 * complete without JavaScript; the client hydrates it.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { runnerImport, type Plugin } from 'vite';
import { datasetPlugin } from './dataset-plugin.ts';
import { fontPlugin } from './font-plugin.ts';

const APP = '<div id="app"></div>';

export function prerenderPlugin(options: { root: string; dataDir: string }): Plugin {
	let mode = 'production';
	return {
		name: 'prerender-story',
		enforce: 'post',
		// the development server prerenders too, so the page works the same way there
		async transformIndexHtml(html, ctx) {
			if (
				!ctx.server ||
				!html.includes(APP) ||
				!ctx.path.replace(/^\//, '').match(/^(index\.html)?$/)
			)
				return html;
			const module = (await ctx.server.ssrLoadModule(
				'/src/surfaces/story/prerender.ts'
			)) as typeof import('../surfaces/story/prerender.ts');
			const { head, body } = module.prerenderStory();
			return html.replace('</head>', `${head}</head>`).replace(APP, `<div id="app">${body}</div>`);
		},
		configResolved(config) {
			mode = config.mode;
		},
		async generateBundle(_options, bundle) {
			const page = bundle['index.html'];
			if (!page || page.type !== 'asset') return;
			const { module } = await runnerImport<typeof import('../surfaces/story/prerender.ts')>(
				'/src/surfaces/story/prerender.ts',
				{
					root: options.root,
					configFile: false,
					logLevel: 'error',
					mode,
					plugins: [
						// the styles come from the client build's CSS files; here only the markup (and the
						// same scoped class names) matter
						svelte({ emitCss: false, compilerOptions: { css: 'external' } }),
						datasetPlugin({ dataDir: options.dataDir, publish: false }),
						// the graphics place their labels by the font's widths (virtual:font-metrics)
						fontPlugin({ root: options.root, preload: false })
					]
				}
			);
			const { head, body } = module.prerenderStory();
			const html = String(page.source);
			if (!html.includes(APP)) throw new Error(`prerender: index.html has no ${APP} to fill`);
			page.source = html
				.replace('</head>', `${head}</head>`)
				.replace(APP, `<div id="app">${body}</div>`);
		}
	};
}
