/**
 * Writes the map shape files (src/build/geo.ts) into the build as geo/*.json, and serves them in
 * development. They are separate files, not modules, so no map shape is downloaded before a map
 * is near (the maps fetch them; see src/graphics/geo/shapes.svelte.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { GEO_FILES, type GeoName } from '../lib/geo-files.ts';
import { koreaLand, worldLand } from './geo.ts';

const require = createRequire(import.meta.url);

function atlas(file: string): Topology {
	return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
}

/** The text of each shape file. */
export function shapeFiles(): Record<GeoName, string> {
	return {
		world: JSON.stringify(worldLand(atlas('countries-110m.json'))),
		korea: JSON.stringify(koreaLand(atlas('countries-50m.json')))
	};
}

export function geoPlugin(): Plugin {
	let files: Record<GeoName, string> | null = null;
	const get = () => (files ??= shapeFiles());
	return {
		name: 'geo-shapes',
		generateBundle() {
			for (const [name, path] of Object.entries(GEO_FILES) as [GeoName, string][])
				this.emitFile({ type: 'asset', fileName: path, source: get()[name] });
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const entry = Object.entries(GEO_FILES).find(([, path]) =>
					req.url?.split('?')[0]?.endsWith(`/${path}`)
				);
				if (!entry) return next();
				res.setHeader('content-type', 'application/json');
				res.end(get()[entry[0] as GeoName]);
			});
		}
	};
}
