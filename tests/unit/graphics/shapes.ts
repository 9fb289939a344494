/** The map shapes as the build makes them, for the map tests (read from world-atlas in Node). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { koreaShapes, worldShapes } from '../../../src/build/geo.ts';

const require = createRequire(import.meta.url);
export const atlas = (file: string) =>
	JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;

export const world = worldShapes(atlas('countries-110m.json'));
export const korea = koreaShapes(atlas('countries-50m.json'));
