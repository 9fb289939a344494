/**
 * Applies the URL's `?theme=` to the page: light or dark set `data-theme` on <html> (tokens.css
 * has both palettes); auto leaves the reader's system setting in charge. Returns the readable
 * message for a theme we don't have (the page then follows the system setting).
 */
import { parseTheme } from '../../lib/theme.ts';

export function applyTheme(search: string): string | null {
	const param = parseTheme(search);
	const root = document.documentElement;
	if (param.ok && param.theme !== 'auto') root.dataset.theme = param.theme;
	else delete root.dataset.theme;
	return param.ok ? null : param.message;
}
