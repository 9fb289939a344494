/**
 * The story page in the browser: the build has already rendered the whole story into the page
 * (src/build/prerender-plugin.ts), so the script only brings the graphic to life. It mounts
 * StoryIsland into the graphic's place and leaves the text as it is: the copy itself never travels
 * in the script, only each step's graphic and state (`virtual:story-figures`).
 */
import { flushSync, mount } from 'svelte';
import { graphics, steps } from 'virtual:story-figures';
import type { StepView } from '../../story/types.ts';
import StoryIsland from '../../story/StoryIsland.svelte';
import Notice from '../shared/Notice.svelte';

export function enhanceStory(root: HTMLElement, notices: string[]): void {
	const place = root.querySelector<HTMLElement>('[data-scrolly-graphic]');
	const list = root.querySelector<HTMLElement>('[data-trigger]');
	if (!place || !list)
		throw new Error(
			'The page has no prerendered story (#app is empty): build it with `npm run build`, or open it through `npm start`.'
		);
	// each step's alt text is in the page (what readers without JavaScript get): read it there
	const alts = new Map(
		[...list.querySelectorAll('[data-step-id]')].map(item => [
			item.getAttribute('data-step-id'),
			item.querySelector('[data-step-alt]')?.textContent?.trim() ?? ''
		])
	);
	const views = steps.map(s => ({ ...s, alt: alts.get(s.id) ?? '' }) as StepView);
	// the graphic's place holds the prerendered figure; the live one takes the same box, and keeps
	// the opening graphic drawn into the page on screen until it has drawn itself
	const opening = place.querySelector<HTMLElement>('[data-opening]');
	place.replaceChildren();
	mount(StoryIsland, { target: place, props: { steps: views, graphics, list, opening } });
	// now, in this task: the opening picture is put back by an effect, which must not wait for a
	// later one, or the browser could paint the plot empty in between
	flushSync();
	if (notices.length > 0) {
		const box = document.createElement('div');
		root.querySelector('main')?.prepend(box);
		mount(Notice, { target: box, props: { messages: notices } });
	}
}
