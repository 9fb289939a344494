/**
 * Opens the other briefing window (the notes beside the presentation, or the presentation from
 * the notes) at the same step, keeping the rest of the URL (the theme, say). A named window: a
 * second click brings back the same one instead of opening another.
 */
import type { PageMode } from '../../lib/page-mode.ts';

export function openOther(mode: Exclude<PageMode, 'story'>, stepId: string): void {
	const url = new URL(location.href);
	url.searchParams.set('mode', mode);
	url.hash = encodeURIComponent(stepId);
	const features = mode === 'notes' ? 'popup=yes,width=1100,height=760' : '';
	window.open(url.href, `briefing-${mode}`, features);
}
