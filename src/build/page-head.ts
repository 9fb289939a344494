/**
 * The story's and the embeds' <head> metadata, written by the build from the copy: canonical,
 * description, Open Graph, X (Twitter) card and JSON-LD NewsArticle for the story; title,
 * canonical to the story, noindex and a preview image for each embed. Absolute when the build
 * knows its address (PUBLIC_URL), relative otherwise. Pure.
 */
import { SOCIAL, STILL, stillPath } from '../lib/stills.ts';
import type { PublicAddress } from './public-url.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Text inside an HTML attribute or element. */
export function escapeHtml(value: string): string {
	return value.replace(/[&"<>]/g, c => ESCAPES[c] ?? c);
}

/** A file of the site, absolute at a known address; relative to `from` (a folder) otherwise. */
export function publicHref(address: PublicAddress, path: string, from = './'): string {
	return address.url ? new URL(path, address.url).href : `${from}${path}`;
}

const meta = (attr: 'name' | 'property', key: string, content: string) =>
	`<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

/** "By Ana Ruiz and the Graphics Desk" → the authors, for JSON-LD. */
export function bylineAuthors(byline: string): { '@type': string; name: string }[] {
	return byline
		.replace(/^by\s+/i, '')
		.split(/\s*,\s*|\s+and\s+/)
		.filter(Boolean)
		.map(name => ({
			'@type': /\b(desk|team|staff|newsroom)\b/i.test(name) ? 'Organization' : 'Person',
			name
		}));
}

export interface StoryHeadCopy {
	headline: string;
	dek: string;
	byline: string;
	published: string;
	updated: string;
	/** What the social card shows, for its alt text. */
	socialAlt: string;
}

/** JSON inside <script type="application/ld+json">: no "</script" can end it early. */
function jsonLd(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The story's head. The offline file (`published` false) is a file on a laptop: it has no address
 * to be canonical at and no card to share, so it gets only its title and description.
 */
export function storyHead(copy: StoryHeadCopy, address: PublicAddress, published = true): string {
	const title = `<title>${escapeHtml(copy.headline)}</title>`;
	if (!published) return [title, meta('name', 'description', copy.dek)].join('\n\t\t');
	const page = publicHref(address, '');
	const image = publicHref(address, SOCIAL.file);
	const article = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: copy.headline,
		description: copy.dek,
		datePublished: copy.published,
		dateModified: copy.updated,
		author: bylineAuthors(copy.byline),
		image: [image],
		mainEntityOfPage: page
	};
	return [
		title,
		meta('name', 'description', copy.dek),
		// a canonical must be absolute: a relative build has none (and no og:url) rather than a wrong one
		...(address.url
			? [`<link rel="canonical" href="${escapeHtml(page)}" />`, meta('property', 'og:url', page)]
			: []),
		meta('property', 'og:type', 'article'),
		meta('property', 'og:title', copy.headline),
		meta('property', 'og:description', copy.dek),
		meta('property', 'og:image', image),
		meta('property', 'og:image:width', String(SOCIAL.width)),
		meta('property', 'og:image:height', String(SOCIAL.height)),
		meta('property', 'og:image:alt', copy.socialAlt),
		meta('property', 'article:published_time', copy.published),
		meta('property', 'article:modified_time', copy.updated),
		meta('name', 'twitter:card', 'summary_large_image'),
		meta('name', 'twitter:title', copy.headline),
		meta('name', 'twitter:description', copy.dek),
		meta('name', 'twitter:image', image),
		meta('name', 'twitter:image:alt', copy.socialAlt),
		`<script type="application/ld+json">${jsonLd(article)}</script>`
	].join('\n\t\t');
}

export interface EmbedHeadCopy {
	/** The graphic's title. */
	title: string;
	headline: string;
	/** The step whose still previews the embed, and what it shows. */
	previewStep: string;
	previewAlt: string;
}

/**
 * An embed's own folder (embed/<graphic>/): its title, canonical to the story (the page search
 * engines should show), noindex, and the graphic's still as its preview image.
 */
export function embedHead(copy: EmbedHeadCopy, address: PublicAddress, from: string): string {
	const image = publicHref(address, stillPath(copy.previewStep, 'png'), from);
	return [
		`<title>${escapeHtml(`Graphic: ${copy.title}`)}</title>`,
		meta('name', 'robots', 'noindex'),
		`<link rel="canonical" href="${escapeHtml(publicHref(address, '', from))}" />`,
		meta('property', 'og:title', copy.title),
		meta('property', 'og:description', `A graphic from “${copy.headline}”`),
		meta('property', 'og:image', image),
		meta('property', 'og:image:width', String(STILL.width)),
		meta('property', 'og:image:height', String(STILL.height)),
		meta('property', 'og:image:alt', copy.previewAlt),
		meta('name', 'twitter:card', 'summary_large_image')
	].join('\n\t\t');
}
