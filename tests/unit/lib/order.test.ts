import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../../src/lib/order.ts';
import { exchangeHacks } from '../../../src/data/index.ts';

describe('byCodeUnits', () => {
	it('orders ISO dates by time, and equal strings as equal', () => {
		expect(['2025-02-21', '2018-01-26', '2022-03-23'].sort(byCodeUnits)).toEqual([
			'2018-01-26',
			'2022-03-23',
			'2025-02-21'
		]);
		expect(byCodeUnits('2024-05-31', '2024-05-31')).toBe(0);
	});
	it("orders the data's dates and ids as localeCompare does", () => {
		for (const key of ['date', 'id'] as const) {
			const values = exchangeHacks.map(h => h[key]);
			expect([...values].sort(byCodeUnits)).toEqual([...values].sort((a, b) => a.localeCompare(b)));
		}
	});
});
