import { describe, expect, it } from 'vitest';
import { charsThatFit, wrapText } from '../../../src/lib/text.ts';

describe('wrapText(text, maxChars)', () => {
	it('breaks at spaces within the width', () =>
		expect(wrapText('No launches in 2018; $522M stolen', 16)).toEqual([
			'No launches in',
			'2018; $522M',
			'stolen'
		]));
	it('gives an overlong word its own line', () =>
		expect(wrapText('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']));
	it('returns no lines for empty text', () => expect(wrapText('  ', 10)).toEqual([]));
});

describe('charsThatFit(width, fontSize)', () => {
	it('never goes below 8 characters', () => expect(charsThatFit(10, 12)).toBe(8));
	it('grows with the width', () =>
		expect(charsThatFit(240, 12)).toBeGreaterThan(charsThatFit(120, 12)));
});
