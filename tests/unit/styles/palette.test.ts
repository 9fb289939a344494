/**
 * The colours in src/styles/tokens.css, checked in both themes: text at WCAG AA contrast (4.5:1)
 * on the page and on cards, marks and the focus ring at 3:1 (WCAG 1.4.11), and the series that
 * readers must tell apart still apart for the three common colour-vision deficiencies: a
 * CIELAB difference of at least 10 (a glance tells them apart; 2.3 is the just-noticeable one)
 * after simulating each deficiency. The map's kinds also have a labelled key.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/tokens.css'), 'utf8');

/** The custom properties declared in the first block that starts with `selector`. */
function block(selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start < 0) throw new Error(`tokens.css has no block ${selector}`);
	const body = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries(
		[...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(m => [m[1], m[2]!.toLowerCase()])
	);
}

const light = block(':root');
const darkByQuery = block(":root:not([data-theme='light'])");
const darkByParam = block(":root[data-theme='dark']");
const themes = { light, dark: darkByParam };

type RGB = [number, number, number];
const rgb = (hex: string): RGB =>
	[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255) as RGB;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: RGB) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

// Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB
const CVD: Record<string, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** CIELAB (D65) of a linear-RGB colour. */
function lab([r, g, b]: RGB): RGB {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(hex: string, deficiency: string | null): RGB {
	const lin = rgb(hex).map(linear) as RGB;
	if (!deficiency) return lab(lin);
	const m = CVD[deficiency]!;
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	return lab(m.map(row => clamp(row[0]! * lin[0] + row[1]! * lin[1] + row[2]! * lin[2])) as RGB);
}

const deltaE = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('tokens.css', () => {
	it('declares the dark palette the same way for the system setting and for ?theme=dark', () => {
		expect(Object.keys(darkByParam).length).toBeGreaterThan(10);
		expect(darkByQuery).toEqual(darkByParam);
	});

	for (const [name, t] of Object.entries(themes)) {
		const theme = { ...light, ...t };
		describe(`${name} theme`, () => {
			for (const text of ['--ink', '--ink-muted', '--link'])
				for (const ground of ['--surface', '--card'])
					it(`${text} on ${ground} reads at 4.5:1 or more`, () =>
						expect(contrast(theme[text]!, theme[ground]!)).toBeGreaterThanOrEqual(4.5));

			for (const mark of [
				'--focus',
				'--theft',
				'--launches',
				'--site',
				'--kind-cex',
				'--kind-defi',
				'--kind-wallet',
				'--kind-other'
			])
				it(`${mark} stands out from the page at 3:1 or more`, () =>
					expect(contrast(theme[mark]!, theme['--surface']!)).toBeGreaterThanOrEqual(3));

			const groups = {
				'the two series': ['--theft', '--launches'],
				'the kinds of platform': ['--kind-cex', '--kind-defi', '--kind-wallet', '--kind-other']
			};
			for (const deficiency of [null, 'protanopia', 'deuteranopia', 'tritanopia'])
				for (const [what, names] of Object.entries(groups))
					it(`keeps ${what} apart${deficiency ? ` under ${deficiency}` : ''} (ΔE ≥ 10)`, () => {
						const seen = names.map(n => seenAs(theme[n]!, deficiency));
						for (let i = 0; i < seen.length; i++)
							for (let j = i + 1; j < seen.length; j++)
								expect(
									deltaE(seen[i]!, seen[j]!),
									`${names[i]} vs ${names[j]}`
								).toBeGreaterThanOrEqual(10);
					});
		});
	}
});
