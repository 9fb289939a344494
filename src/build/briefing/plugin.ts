/**
 * The briefing pack, written by the site build after the stills: `dist/briefing/<slug>.pptx`
 * (slides with speaker notes, ./slides.ts) and `dist/briefing/<slug>.pdf` (the handout,
 * ./handout.ts), both made of the same copy (data/story.aml, placeholders filled from data/), the
 * same sources and the same stills (dist/stills/manifest.json) as the pages, so a briefing never
 * shows a number the story does not. No page loads or links anything of it but the two files.
 *
 * Its `closeBundle` is a `post` hook and runs after the stills step's (register it after that
 * plugin, in vite.config.ts); without the stills' manifest the build fails and says why.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import { BRIEFING_FILES } from '../../lib/pack-files.ts';
import { placeholderResolver } from '../../story/placeholders.ts';
import { loadAll } from '../load.ts';
import { briefingContent, type PackStep } from './content.ts';
import { readManifest } from './manifest.ts';
import { citedSources } from './sources.ts';

export interface BriefingPluginOptions {
	/** data/ (the copy and the records). */
	dataDir: string;
}

/** Makes both files from the build in `outDir`; returns what it wrote, for the log. */
export async function writeBriefingPack(outDir: string, dataDir: string): Promise<string[]> {
	const manifest = readManifest(outDir);
	const { copy, dataset } = loadAll(dataDir);
	const briefing = briefingContent(
		copy,
		manifest,
		placeholderResolver(dataset),
		citedSources(dataset)
	);
	const stills = new Map<string, Buffer>();
	const still = (step: PackStep) => {
		const path = resolve(outDir, step.still.files.png2x);
		let bytes = stills.get(path);
		if (!bytes) {
			try {
				bytes = readFileSync(path);
			} catch {
				throw new Error(
					`briefing pack: the still of step ${step.id} is missing: ${path} (listed in the stills manifest)`
				);
			}
			stills.set(path, bytes);
		}
		return bytes;
	};
	// heavy modules, loaded only when the pack is made (not by `vite` or the offline build)
	const [{ makeSlides }, { makeHandout }] = await Promise.all([
		import('./slides.ts'),
		import('./handout.ts')
	]);
	const files: [string, Uint8Array][] = [
		[BRIEFING_FILES.slides, await makeSlides(briefing, still)],
		[
			BRIEFING_FILES.handout,
			await makeHandout(briefing, still, new Date(`${copy.updated}T00:00:00Z`))
		]
	];
	return files.map(([file, bytes]) => {
		const path = resolve(outDir, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, bytes);
		return `${file} (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`;
	});
}

export function briefingPlugin(options: BriefingPluginOptions): Plugin {
	let outDir = '';
	let dataDir = '';
	let logger: Logger | null = null;
	return {
		name: 'briefing-pack',
		apply: 'build',
		configResolved(config) {
			outDir = resolve(config.root, config.build.outDir);
			dataDir = resolve(config.root, options.dataDir);
			logger = config.logger;
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler(error?: Error) {
				if (error) return;
				const started = performance.now();
				const written = await writeBriefingPack(outDir, dataDir);
				const ms = Math.round(performance.now() - started);
				logger?.info(`briefing pack: ${written.join(', ')} in ${ms} ms`);
			}
		}
	};
}
