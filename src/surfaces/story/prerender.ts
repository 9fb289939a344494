/**
 * The story page rendered to HTML at build time (src/build/prerender-plugin.ts), so the text is in
 * the page before any script runs: readers without JavaScript get the whole story, and the first
 * paint is text. The client then hydrates the same markup (main.ts).
 */
import { render } from 'svelte/server';
import { copy } from 'virtual:story';
import StoryPage from './StoryPage.svelte';

export function prerenderStory(): { head: string; body: string } {
	return render(StoryPage, { props: { copy, notices: [] } });
}
