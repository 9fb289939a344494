/**
 * The map shape files the build writes and the maps fetch, by name. Plain data, safe for the
 * browser: the loader and the build agree on these paths.
 */
export const GEO_FILES = {
	/** Natural Earth 110m countries, projected on the exchange map's plane (SVG paths), for that map. */
	world: 'geo/world-land.json',
	/** Natural Earth 50m North Korea and neighbours, clipped and projected on the launch-site map's plane. */
	korea: 'geo/korea-land.json'
} as const;

export type GeoName = keyof typeof GEO_FILES;

/**
 * The id of the `<script type="application/json">` element that carries a shape file inside the
 * offline build's single HTML file; the loader reads it instead of fetching.
 */
export function inlineGeoId(name: GeoName): string {
	return `geo-${name}`;
}

/** The launch-site map's frame (degrees): North Korea, with the edges of its neighbours. */
export const KOREA_EXTENT = { west: 123.2, south: 36.6, east: 131.6, north: 43.4 } as const;
