/** Entry of the embed page (embed.html). */
import { mount } from 'svelte';
import { copy } from 'virtual:story';
import EmbedPage from './EmbedPage.svelte';
import '../../styles/tokens.css';
import '../../styles/base.css';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element to mount the graphic into');
mount(EmbedPage, { target, props: { copy, search: location.search } });
