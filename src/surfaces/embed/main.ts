/**
 * The embed page's script, loaded by its entry (boot.ts): one graphic, its theme, and its height
 * for the host. Only that graphic's copy and code are downloaded.
 */
import { flushSync, mount } from 'svelte';
import { loaders } from 'virtual:story-graphic-loaders';
import { isGraphicId } from '../../graphics/registry.ts';
import { applyTheme } from '../shared/theme.ts';
import EmbedPage from './EmbedPage.svelte';
import { startPymChild } from './pym-child.ts';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element to mount the graphic into');
const themeMessage = applyTheme(location.search);
// embed/<graphic-id>/ names its graphic on #app (src/build/embed-folders.ts); embed.html in the query
const search = new URLSearchParams(location.search);
const named = target.dataset.graphic;
if (named && !search.has('graphic')) search.set('graphic', named);
const requested = search.get('graphic');
// an unknown graphic loads nothing: the page explains the URL instead
const graphic = isGraphicId(requested) ? (await loaders[requested]()).default : null;
// the build's stills: the graphic alone at the step in the hash (src/build/stills/)
const still = search.get('still');
const StillPage = graphic && still !== null ? (await import('./StillPage.svelte')).default : null;
// an embed folder's page is written at its graphic's first step (src/build/prerender-plugin.ts):
// the live page takes its place in this one task, so nothing is painted in between
target.replaceChildren();
if (graphic && StillPage) {
	mount(StillPage, { target, props: { graphic, card: still === 'card' } });
} else {
	mount(EmbedPage, { target, props: { graphic, search: `?${search}`, themeMessage } });
	startPymChild(location.search);
}
flushSync();
// public/embed-early.js hid the written page for a URL that asks for something else; it is gone now
document.documentElement.removeAttribute('data-embed-waiting');
