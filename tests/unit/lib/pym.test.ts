import { describe, expect, it } from 'vitest';
import { parsePymMessage, pymMessage } from '../../../src/lib/pym.ts';

describe('pym.js messages', () => {
	it('writes the format pym.Parent reads: pymxPYMx<id>xPYMx<type>xPYMx<value>', () =>
		expect(pymMessage('nk-crypto-exchange-map', 'height', '612')).toBe(
			'pymxPYMxnk-crypto-exchange-mapxPYMxheightxPYMx612'
		));
	it('reads a message for this child', () =>
		expect(parsePymMessage('pymxPYMxchart-1xPYMxwidthxPYMx375', 'chart-1')).toEqual({
			type: 'width',
			value: '375'
		}));
	it('ignores messages for other children, other formats and other kinds of data', () => {
		for (const data of [
			'pymxPYMxchart-2xPYMxwidthxPYMx375',
			'pymxPYMxchart-1xPYMxwidth',
			'hello',
			{ type: 'width', value: 375 },
			null,
			`pymxPYMxchart-1xPYMxwidthxPYMx${'9'.repeat(1000)}`
		])
			expect(parsePymMessage(data, 'chart-1')).toBeNull();
	});
});
