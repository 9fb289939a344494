/**
 * Briefing mode and the presenter's notes, mounted in place of the prerendered story. Its own
 * chunk, with the whole copy (text and notes): readers of the story never download it.
 */
import { mount } from 'svelte';
import { copy } from 'virtual:story';
import NotesPage from './NotesPage.svelte';
import PresentPage from './PresentPage.svelte';

export function mountBriefing(mode: 'present' | 'notes', target: HTMLElement, notices: string[]) {
	document.documentElement.dataset.mode = mode;
	target.replaceChildren();
	mount(mode === 'present' ? PresentPage : NotesPage, { target, props: { copy, notices } });
}
