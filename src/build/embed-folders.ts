/**
 * One folder per embed, embed/<graphic-id>/index.html: the embed page with the graphic named by
 * the page itself (`data-graphic` on #app) instead of the query, so the address of a graphic is a
 * folder, as newsroom publishers expect, with its own title, canonical and preview image.
 */

/** The attribute on #app that names the folder's graphic (src/surfaces/embed/main.ts reads it). */
export const EMBED_GRAPHIC_ATTRIBUTE = 'data-graphic';

export interface EmbedFolder {
	/** The page's file in the build. */
	file: string;
	/** From the folder back to the site's root. */
	up: string;
	/** The embed page's HTML (metadata filled in), made to work from the folder. */
	page(html: string): string;
}

export function embedFolder(graphic: string): EmbedFolder {
	const up = '../../';
	return {
		file: `embed/${graphic}/index.html`,
		up,
		page(html) {
			if (!html.includes('<div id="app">'))
				throw new Error('embed folders: embed.html has no <div id="app"> to name the graphic on');
			return (
				html
					// a relative build's asset URLs start at the site's root; an absolute build's need nothing
					.replace(/(\s(?:src|srcset|href)=")\.\//g, `$1${up}`)
					.replace('<div id="app">', `<div id="app" ${EMBED_GRAPHIC_ATTRIBUTE}="${graphic}">`)
			);
		}
	};
}
