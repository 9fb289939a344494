/**
 * Entry of the story page (index.html). `?mode=` picks the surface: the story, briefing mode
 * (present) or the presenter's notes (notes). Briefing code is its own chunk, loaded only in
 * briefing mode, so readers of the story never download it.
 */
import { hydrate, mount, type Component } from 'svelte';
import { copy } from 'virtual:story';
import { parsePageMode } from '../../lib/page-mode.ts';
import type { Copy } from '../../story/copy.ts';
import { applyTheme } from '../shared/theme.ts';
import StoryPage from './StoryPage.svelte';
import '../../styles/tokens.css';
import '../../styles/base.css';

type Page = Component<{ copy: Copy; notices: string[] }>;

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount the story into');

const mode = parsePageMode(location.search);
const notices = [mode.ok ? null : mode.message, applyTheme(location.search)].filter(
	(m): m is string => m !== null
);

async function page(): Promise<Page> {
	if (!mode.ok || mode.mode === 'story') return StoryPage;
	document.documentElement.dataset.mode = mode.mode;
	return mode.mode === 'present'
		? (await import('../present/PresentPage.svelte')).default
		: (await import('../present/NotesPage.svelte')).default;
}

const Page = await page();
// The build prerenders the story into #app (src/build/prerender-plugin.ts). The story takes it
// over as it is; another surface, or a page with a message the prerender lacks, starts afresh.
if (Page === StoryPage && notices.length === 0 && target.firstElementChild) {
	hydrate(StoryPage, { target, props: { copy, notices } });
} else {
	target.replaceChildren();
	mount(Page, { target, props: { copy, notices } });
}
