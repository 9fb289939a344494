/**
 * Writes the pages' HTML at build time from the copy:
 *   - the story (src/surfaces/story/prerender.ts, rendered with Svelte's server renderer through
 *     Vite's module runner) into index.html, inside #app, with its metadata (page-head.ts): the
 *     page is complete without JavaScript; the client brings the graphic to life;
 *   - the embed page's metadata, and one folder per graphic, embed/<graphic-id>/index.html (its
 *     own title, canonical and preview image, the layout newsroom publishers expect), with the
 *     graphic's first step rendered into it;
 *     embed.html?graphic=… keeps working.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { runnerImport, type Plugin, type Rolldown } from 'vite';
import { GRAPHIC_IDS } from '../graphics/registry.ts';
import { socialAlt } from '../lib/stills.ts';
import type { Copy } from '../story/types.ts';
import { datasetPlugin } from './dataset-plugin.ts';
import { embedFolder } from './embed-folders.ts';
import { fontPlugin } from './font-plugin.ts';
import { embedHead, storyHead } from './page-head.ts';
import { publicDefine, type PublicAddress } from './public-url.ts';

const APP = '<div id="app"></div>';
/** Where a page's metadata goes: index.html and embed.html end their <head> with it. */
const HEAD = '<!-- head -->';

type Prerender = typeof import('../surfaces/story/prerender.ts');

function fill(html: string, page: string, head: string, body?: string): string {
	if (!html.includes(HEAD)) throw new Error(`prerender: ${page} has no ${HEAD} to fill`);
	if (body !== undefined && !html.includes(APP))
		throw new Error(`prerender: ${page} has no ${APP} to fill`);
	const filled = html.replace(HEAD, head);
	return body === undefined ? filled : filled.replace(APP, `<div id="app">${body}</div>`);
}

function storyPage(
	html: string,
	module: Prerender,
	address: PublicAddress,
	published: boolean,
	/** Links to more stylesheets, after the entry's own (its components' and the opening graphic's). */
	styles = ''
): string {
	const copy = module.storyCopy();
	const { head, body } = module.prerenderStory();
	const first = copy.steps[0];
	const meta = storyHead(
		{ ...copy, socialAlt: socialAlt(copy.headline, first?.alt ?? '') },
		address,
		published
	);
	return withStyles(fill(html, 'index.html', `${meta}\n${head}`, body), styles);
}

/** A page with more stylesheets at the end of its head, after its entry's own. */
function withStyles(page: string, styles: string): string {
	return styles ? page.replace('</head>', `${styles}\n</head>`) : page;
}

/**
 * The stylesheets of a graphic's chunk and of the chunks it imports: the opening graphic is drawn
 * into the page (OpeningPicture.svelte), and its component styles are in its chunk's CSS, which
 * the script would only fetch with the chunk. None in a build without chunks (the offline file
 * inlines all its CSS).
 */
export function chunkStyles(bundle: Rolldown.OutputBundle, module: string): string[] {
	const entry = Object.values(bundle).find(
		(item): item is Rolldown.OutputChunk =>
			item.type === 'chunk' && !!item.facadeModuleId?.endsWith(`/${module}`)
	);
	const files = new Set<string>();
	const visit = (chunk: Rolldown.OutputChunk) => {
		for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
		for (const name of chunk.imports) {
			const imported = bundle[name];
			if (imported?.type === 'chunk') visit(imported);
		}
	};
	if (entry) visit(entry);
	return [...files];
}

/**
 * Each graphic's own embed folder: its metadata, and its page at the graphic's first step.
 */
function embedFolderPages(
	html: string,
	module: Prerender,
	address: PublicAddress,
	/** Links to the folder pages' stylesheets beyond the entry's own (its script's components'). */
	styles: string
): { file: string; source: string }[] {
	const copy = module.storyCopy();
	const pages: { file: string; source: string }[] = [];
	for (const graphic of GRAPHIC_IDS) {
		const figure = copy.graphics[graphic];
		const first = copy.steps.find(s => s.graphic === graphic);
		if (!figure || !first) continue;
		const folder = embedFolder(graphic);
		const head = embedHead(
			{
				title: figure.title,
				headline: copy.headline,
				previewStep: first.id,
				previewAlt: first.alt
			},
			address,
			folder.up
		);
		pages.push({
			file: folder.file,
			source: folder.page(
				withStyles(fill(html, folder.file, head, module.prerenderEmbed(graphic)), styles)
			)
		});
	}
	return pages;
}

/** The query form's page (embed.html): metadata only, as its graphic is known only to its script. */
function embedQueryPage(html: string, copy: Copy, address: PublicAddress): string {
	const opening = copy.steps[0];
	const generic = embedHead(
		{
			title: copy.headline,
			headline: copy.headline,
			previewStep: opening?.id ?? '',
			previewAlt: opening?.alt ?? ''
		},
		address,
		'./'
	);
	return fill(html, 'embed.html', generic);
}

export function prerenderPlugin(options: {
	root: string;
	dataDir: string;
	address: PublicAddress;
	/** False for the offline file: no address, card or stills to point at. */
	published: boolean;
}): Plugin & { api: { copy(): Copy | null } } {
	let mode = 'production';
	let built: Copy | null = null;
	const { address } = options;
	return {
		// the copy the build rendered, for the steps after it (the stills)
		api: { copy: () => built },
		name: 'prerender-story',
		enforce: 'post',
		// the development server prerenders too, so the page works the same way there
		async transformIndexHtml(html, ctx) {
			if (!ctx.server || !html.includes(HEAD)) return html;
			const module = (await ctx.server.ssrLoadModule(
				'/src/surfaces/story/prerender.ts'
			)) as Prerender;
			if (ctx.path.replace(/^\//, '').match(/^(index\.html)?$/))
				return storyPage(html, module, address, options.published);
			return embedQueryPage(html, module.storyCopy(), address);
		},
		configResolved(config) {
			mode = config.mode;
		},
		async generateBundle(_options, bundle) {
			const index = bundle['index.html'];
			if (!index || index.type !== 'asset') return;
			const { module } = await runnerImport<Prerender>('/src/surfaces/story/prerender.ts', {
				root: options.root,
				configFile: false,
				logLevel: 'error',
				mode,
				base: address.base,
				define: publicDefine(address),
				plugins: [
					// the styles come from the client build's CSS files; here only the markup (and the
					// same scoped class names) matter
					svelte({ emitCss: false, compilerOptions: { css: 'external' } }),
					datasetPlugin({ dataDir: options.dataDir, publish: false }),
					// the graphics place their labels by the font's widths (virtual:font-metrics)
					fontPlugin({ root: options.root, preload: false })
				]
			});
			built = module.storyCopy();
			const first = built.steps[0];
			const html = String(index.source);
			// The styles a prerendered page draws with beyond its entry's own: those of the
			// components in the page's script (fetched only after the first paint: the boot.ts
			// entries) and of the graphic drawn into it. One more stylesheet in the head: one file,
			// not one per chunk, since each render-blocking request can delay the first paint;
			// linked, not inlined, as the Content-Security-Policy allows no inline style. The chunks
			// bring their own files later (the same rules again, harmless).
			const sheet = (name: string, page: string, modules: string[]): string => {
				const sheets = [...new Set(modules.flatMap(module => chunkStyles(bundle, module)))]
					.filter(file => !page.includes(file))
					.map(file => bundle[file])
					.filter((asset): asset is Rolldown.OutputAsset => asset?.type === 'asset');
				if (sheets.length === 0) return '';
				const ref = this.emitFile({
					type: 'asset',
					name,
					source: sheets.map(asset => String(asset.source)).join('\n')
				});
				return `<link rel="stylesheet" crossorigin href="${address.base}${this.getFileName(ref)}">`;
			};
			const styles = sheet('page.css', html, [
				'src/surfaces/story/main.ts',
				...(first ? [`src/graphics/${first.graphic}/part.ts`] : [])
			]);
			index.source = storyPage(html, module, address, options.published, styles);
			const embed = bundle['embed.html'] as Rolldown.OutputAsset | undefined;
			if (!embed) return;
			const embedHtml = String(embed.source);
			embed.source = embedQueryPage(embedHtml, built, address);
			const folderStyles = sheet('embed-page.css', embedHtml, ['src/surfaces/embed/main.ts']);
			for (const page of embedFolderPages(embedHtml, module, address, folderStyles))
				this.emitFile({ type: 'asset', fileName: page.file, source: page.source });
		}
	};
}
