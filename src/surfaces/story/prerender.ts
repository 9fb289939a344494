/**
 * The story page rendered to HTML at build time (src/build/prerender-plugin.ts), so the text is in
 * the page before any script runs: readers without JavaScript get the whole story, and the first
 * paint is text. The client then hydrates the same markup (main.ts). Also hands the build the
 * copy its other pages and files are written from (metadata, embed folders, stills).
 */
import { render } from 'svelte/server';
import { copy } from 'virtual:story';
import type { Copy } from '../../story/types.ts';
import StoryPage from './StoryPage.svelte';

export function prerenderStory(): { head: string; body: string } {
	return render(StoryPage, { props: { copy, notices: [] } });
}

/** The checked copy, placeholders resolved. */
export function storyCopy(): Copy {
	return copy;
}
