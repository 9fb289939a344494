/**
 * The colour theme a URL asks for (`?theme=light|dark|auto`): auto, the default, follows the
 * reader's system setting (prefers-color-scheme). Pure; never throws.
 */
import { quote } from './url-values.ts';

const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export type ThemeParam = { ok: true; theme: Theme } | { ok: false; message: string };

export function parseTheme(search: string): ThemeParam {
	const value = new URLSearchParams(search).get('theme');
	if (value === null || value === '') return { ok: true, theme: 'auto' };
	if ((THEMES as readonly string[]).includes(value)) return { ok: true, theme: value as Theme };
	return {
		ok: false,
		message: `There is no theme called ${quote(value)}. Use light, dark or auto.`
	};
}
