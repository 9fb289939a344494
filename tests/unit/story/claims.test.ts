/**
 * What the copy says in words, checked against the data (src/story/claims/): every claim holds on
 * the real data, every claim quotes words the copy still has at the step it names, and every
 * ranking or comparing word in the copy is either computed by a placeholder or pinned by a claim.
 * A data update that makes a sentence false fails here, naming the step and the sentence.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import * as data from '../../../src/data/index.ts';
import type { Dataset } from '../../../src/data/dataset.ts';
import { CLAIMS, claimData, failedClaims } from '../../../src/story/claims/index.ts';
import { superlatives } from './superlatives.ts';

const raw = readFileSync(resolve(import.meta.dirname, '../../../data/story.aml'), 'utf8');
const dataset = data as unknown as Dataset;
const d = claimData(dataset);

/** The raw text of each place in the copy that a claim may name: steps by id, "dek", "method.<id>". */
const parsed = archieml.load(raw) as {
	dek: string;
	steps: Record<string, string>[];
	method: Record<string, string>[];
};
const places = new Map<string, string>([
	['dek', parsed.dek],
	...parsed.steps.map(s => [s.id, Object.values(s).join('\n')] as [string, string]),
	...parsed.method.map(m => [`method.${m.id}`, m.text] as [string, string])
]);

describe('claims in the copy hold in the data', () => {
	for (const claim of CLAIMS)
		it(`${claim.where}: "${claim.says}"`, () => expect(claim.check(d)).toBeNull());
});

describe('every claim quotes the copy where it says it does', () => {
	for (const claim of CLAIMS)
		it(`${claim.where}: "${claim.says}"`, () =>
			expect(places.get(claim.where)).toContain(claim.says));
});

/** The real data with one more confirmed theft, of $1bn in Seoul: Bybit no longer dwarfs the rest. */
const rival = {
	...dataset.exchangeHacks.find(h => h.id === 'upbit-2019-11')!,
	id: 'rival',
	usd: 1_000_000_000
};
const withRival: Dataset = { ...dataset, exchangeHacks: [...dataset.exchangeHacks, rival] };

describe('failedClaims(data, rawCopy)', () => {
	it('finds none in the real data', () => expect(failedClaims(dataset, raw)).toEqual([]));
	it('names the step and the sentence of a claim that a record makes false', () => {
		expect(failedClaims(withRival, raw)).toContainEqual(
			expect.objectContaining({ where: 'map-all', says: 'dwarfs the rest' })
		);
	});
	it('does not check a claim whose words the copy no longer has', () =>
		expect(failedClaims(withRival, 'no claims here')).toEqual([]));
});

describe('every ranking or comparing word in the copy is computed or pinned', () => {
	it('leaves none unpinned', () => expect(superlatives(raw, CLAIMS)).toEqual([]));
	it('finds one that nothing pins', () =>
		expect(superlatives('id: x\ntext: The biggest theft ever.\n', [])).toEqual([
			'x: "The biggest theft ever." (biggest, ever)'
		]));
	it('accepts one that a placeholder computes, or a claim pins', () => {
		expect(superlatives('id: x\ntext: It was {hack.a.rank} of them.\n', [])).toEqual([]);
		expect(
			superlatives('id: x\ntext: The largest circle, by far.\n', [
				{ where: 'x', says: 'The largest circle', check: () => null }
			])
		).toEqual([]);
	});
});
