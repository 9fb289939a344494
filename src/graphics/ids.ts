/** The graphic ids (DESIGN.md §4): the URL and test-hook contract. Plain data, safe for the browser. */
export const GRAPHIC_IDS = [
	'theft-vs-launches',
	'monthly-pace',
	'theft-launch-scatter',
	'exchange-map',
	'launch-site-map'
] as const;

export type GraphicId = (typeof GRAPHIC_IDS)[number];
