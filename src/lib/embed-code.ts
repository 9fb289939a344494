/**
 * The code a newsroom pastes into its CMS to embed one graphic: a plain iframe (what still shows
 * where a CMS strips scripts) inside a container that pym.js replaces with a self-sizing iframe.
 * Pure: the page's own URL comes in, so the code points at wherever the story is published.
 */

/** The embed page's URL for a graphic, fixed at `step` or (null) with its own step controls. */
export function embedUrl(pageUrl: string, graphic: string, step: string | null): string {
	const url = new URL('embed.html', pageUrl);
	url.searchParams.set('graphic', graphic);
	if (step !== null) url.searchParams.set('step', step);
	return url.href;
}

/** The pym.js script the build publishes beside the story (never a CDN's copy). */
function pymScriptUrl(pageUrl: string): string {
	return new URL('pym.v1.min.js', pageUrl).href;
}

/** The container's id: unique per graphic and step, so one article can hold several embeds. */
function embedContainerId(graphic: string, step: string | null): string {
	return ['nk-crypto', graphic, step].filter(Boolean).join('-');
}

export interface EmbedCodeOptions {
	/** The story page's URL (location.href); query and hash are ignored. */
	pageUrl: string;
	graphic: string;
	step: string | null;
	/** The graphic's title, for the iframe's accessible name. */
	title: string;
	/** The iframe's height before pym.js sizes it (px). */
	fallbackHeight: number;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	'<': '&lt;',
	'>': '&gt;'
};

/** A value inside a double-quoted HTML attribute. */
function attribute(value: string): string {
	return value.replace(/[&"<>]/g, c => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** A JavaScript string literal that is safe inside a <script> element. */
function scriptString(value: string): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function embedCode(options: EmbedCodeOptions): string {
	const { pageUrl, graphic, step, title, fallbackHeight } = options;
	const id = embedContainerId(graphic, step);
	const src = embedUrl(pageUrl, graphic, step);
	return [
		`<div id="${attribute(id)}">`,
		`  <iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.round(fallbackHeight)}" style="border:0" loading="lazy"></iframe>`,
		`</div>`,
		`<script src="${attribute(pymScriptUrl(pageUrl))}"></script>`,
		`<script>new pym.Parent(${scriptString(id)}, ${scriptString(src)}, { title: ${scriptString(title)} });</script>`
	].join('\n');
}
