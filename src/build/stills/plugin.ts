/**
 * The build's last step for the published site: the stills of every step, the social card and
 * their manifest (./capture.ts), drawn from the site just written. Skipped by the offline build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Copy } from '../../story/types.ts';
import { FAMILY, fontFile, WEIGHTS } from '../font-files.ts';
import { captureStills, type StillStep } from './capture.ts';

/** @font-face rules with the font files inline, so an SVG still draws in the story's font alone. */
export function inlineFontCss(): string {
	return WEIGHTS.map(weight => {
		const data = readFileSync(fontFile(weight)).toString('base64');
		return `@font-face{font-family:'${FAMILY}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2')}`;
	}).join('');
}

/** What each still shows and says, from the copy. */
export function stillSteps(copy: Copy): StillStep[] {
	return copy.steps.map(s => {
		const figure = copy.graphics[s.graphic];
		if (!figure) throw new Error(`stills: step ${s.id} draws ${s.graphic}, which has no title`);
		return {
			step: s.id,
			graphic: s.graphic,
			title: figure.title,
			source: figure.source,
			note: figure.note ?? null,
			alt: s.alt
		};
	});
}

export function stillsPlugin(options: {
	copy: () => Copy | null;
	/** The site's public address (PUBLIC_URL), or null for a relative build. */
	publicUrl: string | null;
}): Plugin {
	let outDir = 'dist';
	return {
		name: 'stills',
		apply: 'build',
		configResolved(config) {
			outDir = resolve(config.root, config.build.outDir);
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler() {
				const copy = options.copy();
				if (!copy) throw new Error('stills: the story was not prerendered, so there is no copy');
				const started = Date.now();
				const manifest = await captureStills({
					outDir,
					steps: stillSteps(copy),
					headline: copy.headline,
					fontCss: inlineFontCss(),
					publicUrl: options.publicUrl
				});
				const seconds = ((Date.now() - started) / 1000).toFixed(1);
				console.log(
					`stills: ${manifest.stills.length} steps × (PNG, @2x PNG, SVG, phone PNG; dark PNG, SVG and phone PNG) and social.png in ${seconds} s`
				);
			}
		}
	};
}
