/**
 * Server-renders a component and normalises the markup into a stable, reviewable SVG/HTML text:
 * Svelte's hydration comments and scoped-style class hashes removed (they change with any CSS
 * edit), numbers rounded to two decimals, one element per line.
 */
import type { Component } from 'svelte';
import { expect, it } from 'vitest';
import { render } from 'svelte/server';

export function normalise(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/ class="\s*([^"]*?)\s*"/g, (_, c: string) => (c ? ` class="${c}"` : ''))
		.replace(/-?\d+(\.\d+)?e-\d+/g, '0')
		.replace(/-?\d+\.\d{3,}/g, n => String(Math.round(Number(n) * 100) / 100))
		.replace(/>\s*</g, '>\n<')
		.trim()
		.concat('\n');
}

export function renderToText<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P
): string {
	return normalise(render(component, { props }).body);
}

/**
 * One test per case: renders `component` at `size` for each named view and compares the markup
 * with the reviewed snapshot `output/<prefix>-<case>.svg` (no NaN, no "undefined" allowed).
 */
export function snapshotCases<V, D>(
	prefix: string,
	component: Component<{
		step: string;
		view: V;
		data: D;
		size: { width: number; height: number };
		alt: string;
	}>,
	data: D,
	size: { width: number; height: number },
	cases: Record<string, V>
): void {
	for (const [name, view] of Object.entries(cases)) {
		it(`matches the reviewed snapshot: ${name}`, async () => {
			const html = renderToText(component, {
				step: name,
				view,
				data,
				size,
				alt: `Alt for ${name}`
			});
			expect(html).not.toMatch(/NaN|undefined|Infinity/);
			await expect(html).toMatchFileSnapshot(`output/${prefix}-${name}.svg`);
		});
	}
}
