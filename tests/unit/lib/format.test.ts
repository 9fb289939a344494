import { describe, expect, it } from 'vitest';
import {
	apDate,
	coefficient,
	count,
	monthLabel,
	percent,
	usd,
	usdTick
} from '../../../src/lib/format.ts';

describe('usd(value)', () => {
	const table: [number, string][] = [
		[2_020_000_000, '$2.02bn'],
		[1_650_000_000, '$1.65bn'],
		[1_700_000_000, '$1.7bn'],
		[2_000_000_000, '$2bn'],
		[2_837_000_000, '$2.84bn'],
		[522_000_000, '$522M'],
		[660_500_000, '$660.5M'],
		[29_000_000, '$29M'],
		[1_500_000, '$1.5M'],
		[16_130_000, '$16.1M'],
		[950_000, '$950K'],
		[0, '$0']
	];
	for (const [value, expected] of table) {
		it(`usd(${value}) prints ${expected}`, () => expect(usd(value)).toBe(expected));
	}
	it('usd(NaN) throws instead of printing "$NaN"', () =>
		expect(() => usd(Number.NaN)).toThrow(/finite/));
	it('usdTick(0) prints $0 and other ticks like usd()', () => {
		expect(usdTick(0)).toBe('$0');
		expect(usdTick(500_000_000)).toBe('$500M');
	});
});

describe('apDate(iso)', () => {
	const table: [string, string][] = [
		['2025-02-21', 'Feb. 21, 2025'],
		['2022-03-23', 'March 23, 2022'],
		['2023-09-14', 'Sept. 14, 2023'],
		['2024-07-18', 'July 18, 2024'],
		['2022-01', 'January 2022'],
		['2018', '2018']
	];
	for (const [iso, expected] of table) {
		it(`apDate("${iso}") prints ${expected}`, () => expect(apDate(iso)).toBe(expected));
	}
	const ap = [
		'Jan.',
		'Feb.',
		'March',
		'April',
		'May',
		'June',
		'July',
		'Aug.',
		'Sept.',
		'Oct.',
		'Nov.',
		'Dec.'
	];
	it('apDate abbreviates the months AP abbreviates before a day and spells out the rest', () =>
		expect(ap.map((_, i) => apDate(`2024-${String(i + 1).padStart(2, '0')}-05`))).toEqual(
			ap.map(month => `${month} 5, 2024`)
		));
	it('apDate rejects what is not an ISO date', () =>
		expect(() => apDate('21/02/2025')).toThrow(/YYYY/));
});

describe('small formats', () => {
	it('count(1234) groups thousands', () => expect(count(1234)).toBe('1,234'));
	it('percent(0.5) prints 50%', () => expect(percent(0.5)).toBe('50%'));
	it('coefficient(-0.1) uses a true minus sign and two decimals', () =>
		expect(coefficient(-0.1)).toBe('\u22120.10'));
	it('monthLabel("2022-01") prints Jan 2022', () => expect(monthLabel('2022-01')).toBe('Jan 2022'));
});
