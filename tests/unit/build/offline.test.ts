/** What the offline build does to code and data so they can sit inside one HTML file. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { jsonScriptText, scriptText, withoutPreloads } from '../../../src/build/offline-plugin.ts';

describe('scriptText(code)', () => {
	const code =
		'var a = "</script><p>", b = `<!---->`, c = /<\\/script>/.test("</SCRIPT>"); [a, b, c]';

	it('leaves nothing that ends a <script> element or starts an HTML comment', () => {
		const safe = scriptText(code);
		expect(safe).not.toMatch(/<\/script/i);
		expect(safe).not.toContain('<!--');
	});
	it('keeps the meaning of the code', () =>
		expect(runInNewContext(scriptText(code))).toEqual(runInNewContext(code)));
});

describe('jsonScriptText(json)', () => {
	it('escapes "<" and still parses to the same value', () => {
		const value = { name: '</script><script>alert(1)</script>', n: 1 };
		const text = jsonScriptText(JSON.stringify(value));
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual(value);
	});
});

describe('withoutPreloads(code)', () => {
	it('replaces the preload marker Vite leaves behind with no list', () =>
		expect(withoutPreloads('p(async () => m, __VITE_PRELOAD__, import.meta.url)')).toBe(
			'p(async () => m, void 0, import.meta.url)'
		));
});
