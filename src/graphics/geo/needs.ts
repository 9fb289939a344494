/** Which graphics draw on which shape file: the story prefetches these when such a step is near. */
import type { GeoName } from '../../lib/geo-files.ts';
import type { GraphicId } from '../ids.ts';

export const SHAPES_FOR: Partial<Record<GraphicId, GeoName>> = {
	'exchange-map': 'world',
	'launch-site-map': 'korea'
};
