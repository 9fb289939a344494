/**
 * Entry of the embed page (embed.html): one graphic, its theme, and its height for the host. Only
 * that graphic's copy and code are downloaded.
 */
import { mount } from 'svelte';
import { loaders } from 'virtual:story-graphic-loaders';
import { isGraphicId } from '../../graphics/registry.ts';
import { applyTheme } from '../shared/theme.ts';
import EmbedPage from './EmbedPage.svelte';
import { startPymChild } from './pym-child.ts';
import 'virtual:font-fallback.css';
import '../../styles/fonts.css';
import '../../styles/tokens.css';
import '../../styles/base.css';

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
if (graphic && still !== null) {
	const { default: StillPage } = await import('./StillPage.svelte');
	mount(StillPage, { target, props: { graphic, card: still === 'card' } });
} else {
	mount(EmbedPage, { target, props: { graphic, search: `?${search}`, themeMessage } });
	startPymChild(location.search);
}
