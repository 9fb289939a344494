/**
 * The story page rendered to HTML at build time (src/build/prerender-plugin.ts), so the text is in
 * the page before any script runs: readers without JavaScript get the whole story, and the first
 * paint is text and the opening graphic, drawn by its own component from its own chunk and the
 * same map shapes the browser fetches. The client then brings the graphic to life (enhance.ts).
 * Also renders each embed folder's page, and hands the build the copy its other pages and files
 * are written from (metadata, embed folders, stills).
 */
import { render } from 'svelte/server';
import { copy } from 'virtual:story';
import { shapeFiles } from '../../build/geo-plugin.ts';
import { GRAPHICS, loadedPart, loadPart, type GraphicId } from '../../graphics/registry.ts';
import { storyGraphic } from '../../story/copy.ts';
import type { OpeningGraphic } from '../../story/opening.ts';
import type { Copy } from '../../story/types.ts';
import EmbedPage from '../embed/EmbedPage.svelte';
import StoryPage from './StoryPage.svelte';

// loaded while the module is imported: the build's module runner closes once the import has
// resolved (src/build/prerender-plugin.ts), and refuses imports after that
const opening = await openingGraphic();

export function prerenderStory(): { head: string; body: string } {
	return render(StoryPage, { props: { copy, notices: [], opening } });
}

/**
 * An embed folder's page (embed/<graphic-id>/) at the graphic's first step, so its text paints
 * before any script; the graphic's place holds what it shows until the script draws it. The
 * script mounts the same page over it (src/surfaces/embed/main.ts).
 */
export function prerenderEmbed(graphic: GraphicId): string {
	return render(EmbedPage, {
		props: { graphic: storyGraphic(copy, graphic), search: `?graphic=${graphic}` }
	}).body;
}

/** The first step's graphic: its chunk, and a map's shapes as the build writes them. */
async function openingGraphic(): Promise<OpeningGraphic | undefined> {
	const first = copy.steps[0];
	if (!first) return undefined;
	const name = GRAPHICS[first.graphic].shapes;
	const part = loadedPart({ [first.graphic]: await loadPart(first.graphic) }, first.graphic);
	if (!part) return undefined;
	return {
		part,
		shapes: name ? (JSON.parse(shapeFiles()[name]) as unknown) : null
	};
}

/** The checked copy, placeholders resolved. */
export function storyCopy(): Copy {
	return copy;
}
