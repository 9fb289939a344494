/**
 * The story page's script, loaded by boot.ts (the page's entry) once the page has painted.
 * `?mode=` picks the surface: the story (the prerendered page, brought to life by enhance.ts),
 * briefing mode (present) or the presenter's notes (notes). The briefing code and the copy it needs
 * are their own chunk, loaded only in briefing mode.
 */
import { parsePageMode } from '../../lib/page-mode.ts';
import { applyTheme } from '../shared/theme.ts';
import { enhanceStory } from './enhance.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount the story into');

const mode = parsePageMode(location.search);
const notices = [mode.ok ? null : mode.message, applyTheme(location.search)].filter(
	(m): m is string => m !== null
);

if (mode.ok && mode.mode !== 'story') {
	const { mountBriefing } = await import('../present/mount.ts');
	mountBriefing(mode.mode, target, notices);
} else {
	enhanceStory(target, notices);
}
