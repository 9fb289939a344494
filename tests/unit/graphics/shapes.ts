/** The map shapes as the build makes them, for the map tests (read from world-atlas in Node). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { koreaLand, worldLand } from '../../../src/build/geo.ts';

const require = createRequire(import.meta.url);
export const atlas = (file: string) =>
	JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;

/** The exchange map's land, as the build writes it (countries projected on the map's plane). */
export const world = worldLand(atlas('countries-110m.json'));
/** The launch-site map's land, as the build writes it. */
export const korea = koreaLand(atlas('countries-50m.json'));
