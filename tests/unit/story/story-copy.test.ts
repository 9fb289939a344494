/**
 * The published copy (data/story.aml) as a newsroom relies on it: every number comes from data/
 * through a placeholder, and every step has notes for the presenter.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';

const raw = readFileSync(resolve(import.meta.dirname, '../../../data/story.aml'), 'utf8');

/** Lines that hold what readers and presenters read (not ids, dates of the record or state). */
const proseLines = raw
	.split('\n')
	.map((line, i) => ({ line, number: i + 1 }))
	.filter(({ line }) => !/^(id|graphic|published|updated|date|state\.[\w-]+):/.test(line));

describe('data/story.aml', () => {
	it('types no number: figures come from placeholders (years are names, not figures)', () => {
		const typed = proseLines.filter(({ line }) => {
			const rest = line
				.replace(/\{[^}]*\}/g, '') // placeholders
				.replace(/\b(?:19|20)\d\d\b/g, '') // years
				.replace(/\b(?:19|20)\d\d–\d\d\b/g, ''); // year ranges such as 2025–26
			return /\d/.test(rest.replace(/–\d\d\b/g, ''));
		});
		expect(typed.map(({ line, number }) => `line ${number}: ${line}`)).toEqual([]);
	});

	it('gives the presenter notes for every step', () => {
		const without = copy.steps.filter(s => s.notes.length === 0).map(s => s.id);
		expect(without).toEqual([]);
	});
});
