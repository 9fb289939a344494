import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from '../../../src/lib/embed-code.ts';

const page = 'https://news.example/graphics/nk-crypto/?mode=present#theft-2018';

describe('embed code', () => {
	it('points at the embed page and pym.js beside the story, wherever it is published', () => {
		expect(embedUrl(page, 'monthly-pace', 'ronin')).toBe(
			'https://news.example/graphics/nk-crypto/embed.html?graphic=monthly-pace&step=ronin'
		);
		expect(embedUrl(page, 'monthly-pace', null)).toBe(
			'https://news.example/graphics/nk-crypto/embed.html?graphic=monthly-pace'
		);
		expect(
			embedCode({
				pageUrl: page,
				graphic: 'monthly-pace',
				step: null,
				title: 'T',
				fallbackHeight: 400
			})
		).toContain('<script src="https://news.example/graphics/nk-crypto/pym.v1.min.js"></script>');
	});

	it('gives each graphic and step its own container, so one article can hold several', () => {
		const container = (step: string | null) =>
			embedCode({
				pageUrl: page,
				graphic: 'exchange-map',
				step,
				title: 'T',
				fallbackHeight: 400
			}).split('\n')[0];
		expect(container('bybit')).toBe('<div id="nk-crypto-exchange-map-bybit">');
		expect(container(null)).toBe('<div id="nk-crypto-exchange-map">');
	});

	const code = embedCode({
		pageUrl: page,
		graphic: 'theft-vs-launches',
		step: 'theft-2018',
		title: `North Korea's "haul" </script><script>alert(1)</script>`,
		fallbackHeight: 560.4
	});

	it('is a plain iframe inside the container, then the pym.js parent call for it', () => {
		const lines = code.split('\n');
		expect(lines[0]).toBe('<div id="nk-crypto-theft-vs-launches-theft-2018">');
		expect(lines[1]).toMatch(
			/^ {2}<iframe src="https:\/\/news\.example\/graphics\/nk-crypto\/embed\.html\?graphic=theft-vs-launches&amp;step=theft-2018" title="[^"]*" width="100%" height="560" /
		);
		expect(lines[3]).toBe(
			'<script src="https://news.example/graphics/nk-crypto/pym.v1.min.js"></script>'
		);
		expect(lines[4]).toMatch(
			/^<script>new pym\.Parent\("nk-crypto-theft-vs-launches-theft-2018", "https:\/\/news\.example\/graphics\/nk-crypto\/embed\.html\?graphic=theft-vs-launches&step=theft-2018", \{ title: ".*" \}\);<\/script>$/
		);
	});

	it('escapes the title for the attribute and for the script, so no title can break out', () => {
		expect(code).toContain('title="North Korea\'s &quot;haul&quot; &lt;/script&gt;&lt;script&gt;');
		// one closing tag per script element, none from the title
		expect(code.match(/<\/script>/g)).toHaveLength(2);
		const call = code.split('\n')[4] ?? '';
		const title = /title: (".*") \}/.exec(call)?.[1] ?? '';
		expect(JSON.parse(title)).toBe(`North Korea's "haul" </script><script>alert(1)</script>`);
	});
});
