/**
 * The code a newsroom pastes into its CMS to embed one graphic (NPR's convention): a container
 * holding the graphic's still, with its alt text and a link to the story, which pym.js replaces
 * with a self-sizing iframe of the graphic's own embed folder. A CMS or app that drops scripts or
 * iframes still shows the picture. Pure: the site's address comes in (src/lib/site-url.ts), so the
 * code points at wherever the story is published.
 */
import { NARROW, NARROW_MEDIA, STILL, stillPath } from './stills.ts';

/** The embed page's URL for a graphic (its own folder), fixed at `step` or with its own controls. */
export function embedUrl(site: string, graphic: string, step: string | null): string {
	const url = new URL(`embed/${encodeURIComponent(graphic)}/`, site);
	if (step !== null) url.searchParams.set('step', step);
	return url.href;
}

/** The container's id: unique per graphic and step, so one article can hold several embeds. */
function embedContainerId(graphic: string, step: string | null): string {
	return ['nk-crypto', graphic, step].filter(Boolean).join('-');
}

export interface EmbedCodeOptions {
	/** The site's root URL (where the story is), ending in a slash. */
	site: string;
	graphic: string;
	/** The step the embed is fixed at, or null for one with its own controls. */
	step: string | null;
	/** The step whose still stands in before pym.js runs (the fixed step, or the graphic's first). */
	still: string;
	/** The graphic's title, for the iframe's accessible name. */
	title: string;
	/** The still's text alternative (that step's alt text). */
	alt: string;
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
	const { site, graphic, step, still, title, alt } = options;
	const id = embedContainerId(graphic, step);
	const src = embedUrl(site, graphic, step);
	const story = new URL(`#${encodeURIComponent(still)}`, site).href;
	const image = new URL(stillPath(still, 'png'), site).href;
	const phone = new URL(stillPath(still, 'narrow'), site).href;
	return [
		`<div id="${attribute(id)}">`,
		`  <a href="${attribute(story)}"><picture>`,
		`    <source media="${NARROW_MEDIA}" srcset="${attribute(phone)}" width="${NARROW.width}" height="${NARROW.height}">`,
		`    <img src="${attribute(image)}" alt="${attribute(alt)}" width="${STILL.width}" height="${STILL.height}" style="width:100%;height:auto">`,
		`  </picture></a>`,
		`</div>`,
		`<script src="${attribute(new URL('pym.v1.min.js', site).href)}"></script>`,
		`<script>new pym.Parent(${scriptString(id)}, ${scriptString(src)}, { title: ${scriptString(title)} });</script>`
	].join('\n');
}
