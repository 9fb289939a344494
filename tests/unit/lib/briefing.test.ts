import { describe, expect, it } from 'vitest';
import {
	EMBED_KEYS,
	counter,
	elapsed,
	leaveKeyAlone,
	parseBriefingMessage,
	stepForKey,
	type KeySource
} from '../../../src/lib/briefing.ts';

describe('stepForKey(key, shift, index, count): what a key or a clicker does', () => {
	const cases: [string, boolean, number, number | null][] = [
		['ArrowRight', false, 5, 6],
		['ArrowDown', false, 5, 6],
		['PageDown', false, 5, 6],
		[' ', false, 5, 6],
		['ArrowLeft', false, 5, 4],
		['ArrowUp', false, 5, 4],
		['PageUp', false, 5, 4],
		[' ', true, 5, 4],
		['Home', false, 5, 0],
		['End', false, 5, 9],
		['a', false, 5, null],
		['Enter', false, 5, null],
		['Tab', false, 5, null]
	];
	for (const [key, shift, from, to] of cases)
		it(`${JSON.stringify(key)}${shift ? ' with Shift' : ''} at step 6 of 10 → ${to === null ? 'nothing' : `step ${to + 1}`}`, () =>
			expect(stepForKey(key, shift, from, 10)).toBe(to));

	it('stays on the first and the last step instead of wrapping', () => {
		expect(stepForKey('PageUp', false, 0, 10)).toBe(0);
		expect(stepForKey('PageDown', false, 9, 10)).toBe(9);
		expect(stepForKey('End', false, 0, 1)).toBe(0);
	});
});

describe('leaveKeyAlone(source)', () => {
	const key = (over: Partial<KeySource>): KeySource => ({
		key: 'ArrowRight',
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		targetTag: 'BODY',
		targetEditable: false,
		...over
	});
	it('takes plain keys on the page', () => expect(leaveKeyAlone(key({}))).toBe(false));
	it('leaves browser and system shortcuts alone', () => {
		expect(leaveKeyAlone(key({ altKey: true, key: 'ArrowLeft' }))).toBe(true);
		expect(leaveKeyAlone(key({ ctrlKey: true }))).toBe(true);
		expect(leaveKeyAlone(key({ metaKey: true }))).toBe(true);
	});
	it('leaves typing alone', () => {
		expect(leaveKeyAlone(key({ targetTag: 'INPUT', key: ' ' }))).toBe(true);
		expect(leaveKeyAlone(key({ targetTag: 'TEXTAREA' }))).toBe(true);
		expect(leaveKeyAlone(key({ targetTag: 'DIV', targetEditable: true }))).toBe(true);
	});
	it('lets Space and Enter press a focused button or link, so one press moves one step', () => {
		expect(leaveKeyAlone(key({ targetTag: 'BUTTON', key: ' ' }))).toBe(true);
		expect(leaveKeyAlone(key({ targetTag: 'A', key: 'Enter' }))).toBe(true);
		expect(leaveKeyAlone(key({ targetTag: 'BUTTON', key: 'PageDown' }))).toBe(false);
	});
});

describe('EMBED_KEYS', () => {
	it('are only the horizontal arrows: the rest scroll the host article', () => {
		expect([...EMBED_KEYS].sort()).toEqual(['ArrowLeft', 'ArrowRight']);
	});
});

describe('counter and elapsed', () => {
	it('counts from one', () => expect(counter(6, 24)).toBe('7 / 24'));
	it('shows minutes and seconds, and hours past the hour', () => {
		expect(elapsed(0)).toBe('0:00');
		expect(elapsed(61_999)).toBe('1:01');
		expect(elapsed(3_725_000)).toBe('1:02:05');
		expect(elapsed(-5)).toBe('0:00');
	});
});

describe('parseBriefingMessage(data, stepIds)', () => {
	const ids = ['bybit', 'theft-2018'];
	it('reads a step and a hello', () => {
		expect(parseBriefingMessage({ type: 'step', id: 'theft-2018' }, ids)).toEqual({
			type: 'step',
			id: 'theft-2018'
		});
		expect(parseBriefingMessage({ type: 'hello' }, ids)).toEqual({ type: 'hello' });
	});
	it('ignores anything else', () => {
		for (const data of [
			null,
			'step',
			42,
			{ type: 'step', id: 'not-a-step' },
			{ type: 'step', id: 7 },
			{ type: 'jump', id: 'bybit' },
			{}
		])
			expect(parseBriefingMessage(data, ids)).toBeNull();
	});
});
