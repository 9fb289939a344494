import { describe, expect, it } from 'vitest';
import { parsePageMode } from '../../../src/lib/page-mode.ts';
import { parseTheme } from '../../../src/lib/theme.ts';

describe('parsePageMode(search)', () => {
	it('opens the story without a mode', () => {
		expect(parsePageMode('')).toEqual({ ok: true, mode: 'story' });
		expect(parsePageMode('?mode=')).toEqual({ ok: true, mode: 'story' });
	});
	it('reads briefing mode and the notes', () => {
		expect(parsePageMode('?mode=present')).toEqual({ ok: true, mode: 'present' });
		expect(parsePageMode('?theme=dark&mode=notes')).toEqual({ ok: true, mode: 'notes' });
	});
	it('explains an unknown mode, quoting it shortened', () => {
		const bad = parsePageMode('?mode=presentation');
		expect(bad).toMatchObject({ ok: false });
		expect(!bad.ok && bad.message).toMatch(/no mode called "presentation".*\?mode=present/);
		const long = parsePageMode(`?mode=${'x'.repeat(500)}`);
		expect(!long.ok && long.message).toMatch(/"x{60}…"/);
	});
});

describe('parseTheme(search)', () => {
	it('follows the system setting by default', () =>
		expect(parseTheme('')).toEqual({ ok: true, theme: 'auto' }));
	it('reads light, dark and auto', () => {
		for (const theme of ['light', 'dark', 'auto'])
			expect(parseTheme(`?theme=${theme}`)).toEqual({ ok: true, theme });
	});
	it('explains an unknown theme', () => {
		const bad = parseTheme('?theme=<b>sepia</b>');
		expect(!bad.ok && bad.message).toBe(
			'There is no theme called "<b>sepia</b>". Use light, dark or auto.'
		);
	});
});
