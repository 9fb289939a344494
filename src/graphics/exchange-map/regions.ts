/**
 * The parts of the world the exchange map can zoom to, as longitude–latitude boxes. Each holds
 * the headquarters cities a step of the story walks through; `world` leaves out the polar seas.
 */
import type { GeoBox } from '../../lib/geo.ts';

export const REGIONS = {
	world: { west: -128, south: -42, east: 152, north: 66 },
	'east-asia': { west: 97, south: -9, east: 147, north: 44 },
	asia: { west: 44, south: -9, east: 147, north: 44 },
	europe: { west: -11, south: 38, east: 41, north: 62 },
	gulf: { west: 40, south: 10, east: 78, north: 33 }
} as const satisfies Record<string, GeoBox>;

export type RegionName = keyof typeof REGIONS;

export const REGION_NAMES = Object.keys(REGIONS) as RegionName[];
