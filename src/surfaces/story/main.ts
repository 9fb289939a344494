/** Entry of the story page (index.html). */
import { mount } from 'svelte';
import { copy } from 'virtual:story';
import StoryPage from './StoryPage.svelte';
import '../../styles/tokens.css';
import '../../styles/base.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount the story into');
mount(StoryPage, { target, props: { copy } });
