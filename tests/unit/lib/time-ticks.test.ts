import { describe, expect, it } from 'vitest';
import { monthTicks } from '../../../src/lib/time-ticks.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** The end of a month, as the monthly chart's domain ends (the last millisecond). */
const end = (iso: string) => utc(iso) - 1;

describe('monthTicks(x0, x1, width)', () => {
	const cases: { title: string; args: [number, number, number]; expected: string[] }[] = [
		{
			title: 'ticks every month with the year on January when every label has 52 px',
			args: [utc('2021-10-01'), end('2022-07-01'), 720],
			expected: ['Oct', 'Nov', 'Dec', '2022', 'Feb', 'Mar', 'Apr', 'May', 'Jun']
		},
		{
			title: 'names every month by its short English name, and January by its year',
			args: [utc('2022-07-01'), end('2023-07-01'), 1232],
			expected: [
				'Jul',
				'Aug',
				'Sep',
				'Oct',
				'Nov',
				'Dec',
				'2023',
				'Feb',
				'Mar',
				'Apr',
				'May',
				'Jun'
			]
		},
		{
			title: 'ticks every third month of a year on a phone (278 px: five labels at most)',
			args: [utc('2022-01-01'), end('2023-01-01'), 278],
			expected: ['2022', 'Apr', 'Jul', 'Oct']
		},
		{
			title: 'ticks every other month when a year has room for nine labels',
			args: [utc('2022-01-01'), end('2023-01-01'), 500],
			expected: ['2022', 'Mar', 'May', 'Jul', 'Sep', 'Nov']
		},
		{
			title: 'ticks once a year, labelled with the year, above 20 months',
			args: [utc('2021-01-01'), end('2026-04-01'), 1232],
			expected: ['2021', '2022', '2023', '2024', '2025', '2026']
		},
		{
			title: 'has no tick when the domain is reversed (a tween may pass through one)',
			args: [utc('2022-06-01'), utc('2022-01-01'), 720],
			expected: []
		}
	];
	for (const { title, args, expected } of cases)
		it(title, () => expect(monthTicks(...args).map(t => t.label)).toEqual(expected));

	it('puts each tick on the first of its month, UTC', () => {
		const ticks = monthTicks(utc('2021-10-01'), end('2022-01-01'), 720);
		expect(ticks.map(t => new Date(t.value).toISOString())).toEqual([
			'2021-10-01T00:00:00.000Z',
			'2021-11-01T00:00:00.000Z',
			'2021-12-01T00:00:00.000Z'
		]);
	});

	it('places a month label mid-month and a year label mid-year', () => {
		const [month] = monthTicks(utc('2022-03-01'), end('2022-06-01'), 720);
		expect(month?.middle).toBe(utc('2022-03-16'));
		const [year] = monthTicks(utc('2021-01-01'), end('2024-01-01'), 720);
		expect(year?.middle).toBe((utc('2021-01-01') + utc('2022-01-01')) / 2);
	});
});
