/**
 * What the build writes for publishing, as pure functions: the address it reads from PUBLIC_URL,
 * the pages' metadata, and the embed folders' pages.
 */
import { describe, expect, it } from 'vitest';
import { embedFolder } from '../../../src/build/embed-folders.ts';
import { bylineAuthors, embedHead, storyHead } from '../../../src/build/page-head.ts';
import { publicAddress } from '../../../src/build/public-url.ts';

const copy = {
	headline: 'Billions stolen </script><script>alert(1)</script>',
	dek: 'A "dek" & more',
	byline: 'By Ana Ruiz and the Graphics Desk',
	published: '2026-11-21',
	updated: '2026-11-30',
	socialAlt: 'The headline. A map.'
};

describe('PUBLIC_URL', () => {
	it('is an absolute http(s) folder address, or nothing (a relative build)', () => {
		expect(publicAddress(undefined)).toEqual({ base: './', url: null });
		expect(publicAddress('  ')).toEqual({ base: './', url: null });
		const url = 'https://news.example.org/graphics/2026/dprk/';
		expect(publicAddress(url)).toEqual({ base: url, url });
		// a folder: the trailing slash is added
		expect(publicAddress('https://news.example.org/graphics/2026/dprk').url).toBe(url);
	});

	it('refuses anything else, saying what it found and what it expects', () => {
		expect(() => publicAddress('news.example.org/dprk/')).toThrow(
			/PUBLIC_URL: expected the absolute address .* found "news\.example\.org\/dprk\/"/
		);
		expect(() => publicAddress('ftp://news.example.org/')).toThrow(/expected an http or https/);
		expect(() => publicAddress('https://news.example.org/?x=1')).toThrow(/without \?query/);
	});
});

describe("the story's head", () => {
	const address = publicAddress('https://news.example.org/dprk/');
	const head = storyHead(copy, address);

	it('has a canonical, Open Graph and an X card, absolute at a known address', () => {
		expect(head).toContain('<link rel="canonical" href="https://news.example.org/dprk/" />');
		expect(head).toContain('<meta property="og:url" content="https://news.example.org/dprk/" />');
		expect(head).toContain(
			'<meta property="og:image" content="https://news.example.org/dprk/social.png" />'
		);
		expect(head).toContain('<meta property="og:image:width" content="1200" />');
		expect(head).toContain('<meta property="og:type" content="article" />');
		expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
		expect(head).toContain('<meta property="article:modified_time" content="2026-11-30" />');
		expect(head).toContain('<meta name="description" content="A &quot;dek&quot; &amp; more" />');
	});

	it('has JSON-LD NewsArticle that no headline can break out of', () => {
		const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(head)?.[1] ?? '';
		expect(json).not.toContain('</script');
		expect(JSON.parse(json)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: copy.headline,
			description: copy.dek,
			datePublished: '2026-11-21',
			dateModified: '2026-11-30',
			author: [
				{ '@type': 'Person', name: 'Ana Ruiz' },
				{ '@type': 'Organization', name: 'the Graphics Desk' }
			],
			image: ['https://news.example.org/dprk/social.png'],
			mainEntityOfPage: 'https://news.example.org/dprk/'
		});
		expect(head.match(/<\/script>/g)).toHaveLength(1);
	});

	it('has no canonical or og:url without an address (a relative one would be wrong), and the offline file only its title', () => {
		const relative = storyHead(copy, publicAddress(undefined));
		expect(relative).not.toContain('canonical');
		expect(relative).not.toContain('og:url');
		expect(relative).toContain('<meta property="og:image" content="./social.png" />');
		const offline = storyHead(copy, publicAddress(undefined), false);
		expect(offline).toBe(
			`<title>${copy.headline.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title>\n\t\t<meta name="description" content="A &quot;dek&quot; &amp; more" />`
		);
	});

	it('reads the byline into authors', () => {
		expect(bylineAuthors('By the Graphics Desk')).toEqual([
			{ '@type': 'Organization', name: 'the Graphics Desk' }
		]);
		expect(bylineAuthors('By A. Kim, B. Lee and C. Park').map(a => a.name)).toEqual([
			'A. Kim',
			'B. Lee',
			'C. Park'
		]);
	});
});

describe('an embed folder', () => {
	const folder = embedFolder('exchange-map');
	const html =
		'<head><!-- x --><script type="module" crossorigin src="./assets/embed-1.js"></script><link rel="icon" href="./favicon.svg"><link rel="stylesheet" href="https://cdn.example/x.css"></head><body><div id="app"><picture><source srcset="./stills/narrow/bybit.png"></picture></div></body>';

	it('is embed/<graphic-id>/index.html, naming its graphic, its files found from two folders down', () => {
		expect(folder.file).toBe('embed/exchange-map/index.html');
		const page = folder.page(html);
		expect(page).toContain('src="../../assets/embed-1.js"');
		expect(page).toContain('href="../../favicon.svg"');
		// the no-script still's phone source too
		expect(page).toContain('srcset="../../stills/narrow/bybit.png"');
		// an absolute address (a build with PUBLIC_URL) is left as it is
		expect(page).toContain('href="https://cdn.example/x.css"');
		expect(page).toContain('<div id="app" data-graphic="exchange-map"><picture>');
	});

	it('has its own title, noindex, a canonical to the story and its still as preview', () => {
		const head = embedHead(
			{ title: 'Where', headline: 'H', previewStep: 'bybit', previewAlt: 'A map' },
			publicAddress(undefined),
			folder.up
		);
		expect(head).toContain('<title>Graphic: Where</title>');
		expect(head).toContain('<meta name="robots" content="noindex" />');
		expect(head).toContain('<link rel="canonical" href="../../" />');
		expect(head).toContain('<meta property="og:image" content="../../stills/bybit.png" />');
	});

	it('refuses a page it cannot name the graphic on', () => {
		expect(() => folder.page('<body></body>')).toThrow(/no <div id="app">/);
	});
});
