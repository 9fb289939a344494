/** Entry of the embed page (embed.html): one graphic, its theme, and its height for the host. */
import { mount } from 'svelte';
import { copy } from 'virtual:story';
import { applyTheme } from '../shared/theme.ts';
import EmbedPage from './EmbedPage.svelte';
import { startPymChild } from './pym-child.ts';
import '../../styles/tokens.css';
import '../../styles/base.css';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element to mount the graphic into');
const themeMessage = applyTheme(location.search);
mount(EmbedPage, { target, props: { copy, search: location.search, themeMessage } });
startPymChild(location.search);
