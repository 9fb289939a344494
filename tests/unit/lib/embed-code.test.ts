import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from '../../../src/lib/embed-code.ts';

const site = 'https://news.example/graphics/nk-crypto/';

const options = {
	site,
	graphic: 'theft-vs-launches',
	step: 'theft-2018',
	still: 'theft-2018',
	title: `North Korea's "haul" </script><script>alert(1)</script>`,
	alt: 'Bars by year; 2018 "stands out" <b>'
};

describe('embed code', () => {
	it("points at the graphic's own embed folder and pym.js on the site, wherever it is published", () => {
		expect(embedUrl(site, 'monthly-pace', 'ronin')).toBe(
			'https://news.example/graphics/nk-crypto/embed/monthly-pace/?step=ronin'
		);
		expect(embedUrl(site, 'monthly-pace', null)).toBe(
			'https://news.example/graphics/nk-crypto/embed/monthly-pace/'
		);
		expect(embedCode({ ...options, step: null })).toContain(
			'<script src="https://news.example/graphics/nk-crypto/pym.v1.min.js"></script>'
		);
	});

	it('gives each graphic and step its own container, so one article can hold several', () => {
		const container = (step: string | null) =>
			embedCode({ ...options, graphic: 'exchange-map', step }).split('\n')[0];
		expect(container('bybit')).toBe('<div id="nk-crypto-exchange-map-bybit">');
		expect(container(null)).toBe('<div id="nk-crypto-exchange-map">');
	});

	const code = embedCode(options);

	it('holds the still, linked to the story at its step, inside the container pym.js fills', () => {
		const lines = code.split('\n');
		expect(lines[0]).toBe('<div id="nk-crypto-theft-vs-launches-theft-2018">');
		expect(lines.slice(1, 6)).toEqual([
			'  <a href="https://news.example/graphics/nk-crypto/#theft-2018"><picture>',
			// a phone gets the still drawn at a phone's width; the wide one would be unreadable there
			'    <source media="(max-width: 40rem)" srcset="https://news.example/graphics/nk-crypto/stills/narrow/theft-2018.png" width="400" height="600">',
			'    <img src="https://news.example/graphics/nk-crypto/stills/theft-2018.png" alt="Bars by year; 2018 &quot;stands out&quot; &lt;b&gt;" width="1200" height="800" style="width:100%;height:auto">',
			'  </picture></a>',
			'</div>'
		]);
		expect(lines[6]).toBe(
			'<script src="https://news.example/graphics/nk-crypto/pym.v1.min.js"></script>'
		);
		expect(lines[7]).toMatch(
			/^<script>new pym\.Parent\("nk-crypto-theft-vs-launches-theft-2018", "https:\/\/news\.example\/graphics\/nk-crypto\/embed\/theft-vs-launches\/\?step=theft-2018", \{ title: ".*" \}\);<\/script>$/
		);
	});

	it('escapes the title for the script, so no title can break out', () => {
		// one closing tag per script element, none from the title
		expect(code.match(/<\/script>/g)).toHaveLength(2);
		const call = code.split('\n')[7] ?? '';
		const title = /title: (".*") \}/.exec(call)?.[1] ?? '';
		expect(JSON.parse(title)).toBe(options.title);
	});
});
