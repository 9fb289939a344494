/**
 * Which surface the story page shows (`?mode=`): the story (no mode), briefing mode (`present`),
 * or the presenter's notes (`notes`). Pure; never throws.
 */
import { quote } from './url-values.ts';

const MODES = ['story', 'present', 'notes'] as const;
export type PageMode = (typeof MODES)[number];

export type PageModeParam = { ok: true; mode: PageMode } | { ok: false; message: string };

export function parsePageMode(search: string): PageModeParam {
	const value = new URLSearchParams(search).get('mode');
	if (value === null || value === '' || value === 'story') return { ok: true, mode: 'story' };
	if (value === 'present' || value === 'notes') return { ok: true, mode: value };
	return {
		ok: false,
		message: `There is no mode called ${quote(value)}. Open the story without a mode, or use ?mode=present for briefings and ?mode=notes for presenter notes.`
	};
}
