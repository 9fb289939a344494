/**
 * The offline build (`npm run build:offline`): the story page as one self-contained HTML file
 * that opens from disk (file://) with no network, for briefings on a laptop. The bundle is built
 * without code splitting (vite.config.ts), and this plugin folds it into the page: the script and
 * the styles inline, the map shapes as JSON blocks that the shape loader reads instead of fetching
 * (src/graphics/geo/shapes.svelte.ts), the icon as a data URL. Anything it cannot fold in fails the
 * build: a file that quietly needed the network would fail in front of an audience.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { GEO_FILES, inlineGeoId, type GeoName } from '../lib/geo-files.ts';
import { STORY_SLUG } from '../lib/pack-files.ts';
import { shapeFiles } from './geo-plugin.ts';

/** The file the offline build writes, in dist-offline/. */
export const OFFLINE_FILE = `${STORY_SLUG}.html`;

/**
 * Code that can sit inside a <script> element. The HTML parser ends the element at `</script`
 * whatever the JavaScript around it, and `<!--` switches it into a mode where a later `<script`
 * misleads it; Svelte's runtime has `<!---->` in a string. In minified code both only occur
 * inside strings, templates and regular expressions, where `\x3C` means the same as `<`.
 */
export function scriptText(code: string): string {
	return code.replace(/<(?=!--|\/script)/gi, '\\x3C');
}

/**
 * Vite wraps each dynamic import() in its preload helper with a `__VITE_PRELOAD__` marker that it
 * later fills with the files to preload. Without code splitting the imports are inlined, Vite
 * finds no import() to match and leaves the marker, an undefined name. There is nothing to
 * preload in one file: no list at all.
 */
export function withoutPreloads(code: string): string {
	return code.replaceAll('__VITE_PRELOAD__', 'void 0');
}

/** JSON that can sit inside a <script type="application/json"> element. */
export function jsonScriptText(json: string): string {
	// "<" only occurs inside JSON strings, where \u003c means the same
	return json.replace(/</g, '\\u003c');
}

function takeFile(
	bundle: Rolldown.OutputBundle,
	file: string
): Rolldown.OutputChunk | Rolldown.OutputAsset {
	const item = bundle[file];
	if (!item)
		throw new Error(`offline build: the page refers to ${file}, which is not in the bundle`);
	delete bundle[file];
	return item;
}

export function offlinePlugin(root: string): Plugin {
	return {
		name: 'offline-single-file',
		apply: 'build',
		enforce: 'post',
		generateBundle(_options, bundle) {
			const page = bundle['index.html'];
			if (!page || page.type !== 'asset')
				throw new Error('offline build: no index.html in the bundle');
			delete bundle['index.html'];
			let html = String(page.source);

			html = html.replace(
				/<script type="module" crossorigin src="\.\/([^"]+\.js)"><\/script>/g,
				(_tag, file: string) => {
					const chunk = takeFile(bundle, file);
					if (chunk.type !== 'chunk') throw new Error(`offline build: ${file} is not a script`);
					return `<script type="module">${scriptText(withoutPreloads(chunk.code))}</script>`;
				}
			);
			html = html.replace(
				/<link rel="stylesheet" crossorigin href="\.\/([^"]+\.css)">/g,
				(_tag, file: string) => {
					const asset = takeFile(bundle, file);
					if (asset.type !== 'asset') throw new Error(`offline build: ${file} is not a stylesheet`);
					return `<style>${String(asset.source).replace(/<\/(style)/gi, '<\\/$1')}</style>`;
				}
			);
			const icon = readFileSync(resolve(root, 'public/favicon.svg'));
			html = html.replace(
				/href="[^"]*favicon\.svg"/,
				`href="data:image/svg+xml;base64,${icon.toString('base64')}"`
			);
			const shapes = shapeFiles();
			const blocks = (Object.keys(GEO_FILES) as GeoName[])
				.map(
					name =>
						`<script type="application/json" id="${inlineGeoId(name)}">${jsonScriptText(shapes[name])}</script>`
				)
				.join('\n');
			html = html.replace('</body>', `${blocks}\n</body>`);

			// whatever is left must not be something the page loads
			const leftover = /\s(?:src|href)="\.?\/?(?:assets|geo|data)\/[^"]*"/.exec(html);
			if (leftover)
				throw new Error(`offline build: the page still refers to a file: ${leftover[0].trim()}`);
			const files = Object.keys(bundle).filter(f => /\.(js|css)$/.test(f));
			if (files.length > 0)
				throw new Error(
					`offline build: not folded into the page (code splitting left chunks?): ${files.join(', ')}`
				);
			for (const file of Object.keys(bundle)) delete bundle[file];
			this.emitFile({ type: 'asset', fileName: OFFLINE_FILE, source: html });
		}
	};
}
