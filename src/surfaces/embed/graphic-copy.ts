/** Each graphic's share of the copy, its own chunk: an embed downloads the text of one graphic only. */
import type { GraphicId } from '../../graphics/ids.ts';
import type { StoryGraphic } from '../../story/copy.ts';

const LOADERS: Record<GraphicId, () => Promise<{ default: StoryGraphic }>> = {
	'theft-vs-launches': () => import('virtual:story-graphic/theft-vs-launches'),
	'monthly-pace': () => import('virtual:story-graphic/monthly-pace'),
	'theft-launch-scatter': () => import('virtual:story-graphic/theft-launch-scatter'),
	'exchange-map': () => import('virtual:story-graphic/exchange-map'),
	'launch-site-map': () => import('virtual:story-graphic/launch-site-map')
};

export async function graphicCopy(id: GraphicId): Promise<StoryGraphic> {
	return (await LOADERS[id]()).default;
}
