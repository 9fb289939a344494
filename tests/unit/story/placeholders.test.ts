/**
 * Every kind of placeholder the copy may use resolves to the figure in data/, formatted the
 * newsroom way; a name that means nothing resolves to nothing (and fails the build in copy.ts).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../../src/build/load.ts';
import { fillPlaceholders, placeholderResolver } from '../../../src/story/placeholders.ts';

const { dataset } = loadAll(resolve(import.meta.dirname, '../../../data'));
const figure = placeholderResolver(dataset);

describe('placeholderResolver(dataset)', () => {
	const table: [string, string][] = [
		['theft.2018', '$522M'],
		['theft.2022', '$1.65bn'],
		['theft.2025', '$2.02bn'],
		['theft.2022.vintage', 'Sept. 14, 2023'],
		['theft.2018.incidents', '10'],
		['theft.2022.low', '$630M'],
		['theft.2022.high', '$1.65bn'],
		['theft.2022.estimators', 'five'],
		['estimate.chainalysis-2022-v2023-02', '$1.7bn'],
		['estimate.trm-2023-v2024-01.high', '$700M'],
		['period.un-poe-share-fx-income', '50%'],
		['period.un-poe-2017-2023', '$3bn'],
		['period.un-poe-2017-2023.incidents', '58'],
		['launches.2018', 'zero'],
		['launches.2022', '69'],
		['launches.2022|digits', '69'],
		['launches.2017.icbm', 'three'],
		['launches.2022-01', 'nine'],
		['launches.2022-01|digits', '9'],
		['launches.2022-01.days', 'six'],
		['launches.2022-01|cap', 'Nine'],
		['launches.2023-07-28..2024-01-26.ballistic', 'eight'],
		['launches.latest', 'April 18, 2026'],
		['launches.first', 'April 9, 1984'],
		['launches.total', '339'],
		['hack.bybit-2025-02', '$1.5bn'],
		['hack.bybit-2025-02.date', 'Feb. 21, 2025'],
		['hack.bybit-2025-02.city', 'Dubai'],
		['hack.bybit-2025-02.low', '$1.4bn'],
		['count.unsc-2022-01', 'nine'],
		['event.msmt-launch.states', '11'],
		['event.un-panel-veto.date', 'March 28, 2024'],
		['figure.cns-min-payload', '500 kilograms'],
		['stats.n', '10'],
		['stats.df', 'eight'],
		['stats.r', '0.41'],
		['stats.p', '0.25'],
		['stats.r-final', '0.75'],
		['stats.from', '2016'],
		['stats.to', '2025'],
		['stats.n-final', 'nine'],
		['stats.df-final', 'seven'],
		['launches.2023.ballistic', '30'],
		['hacks.total', '31'],
		['hacks.located', '26'],
		['hacks.unlocated|cap', 'Five'],
		['hacks.reported', 'one'],
		['hack.bybit-2025-02.rank', 'the largest'],
		['hack.ronin-2022-03.rank', 'the second-largest'],
		['hacks.largest.platform', 'Bybit'],
		['launches.record-month', 'May 2024'],
		['launches.record-month.missiles|digits', '19'],
		['launches.preliminary.from', '2025'],
		['theft.through', '2025'],
		['hacks.through', 'Oct. 29, 2026'],
		['count.south-korea-jcs-2026-05-26.date', 'May 26, 2026'],
		['hacks.disputed', 'one'],
		['site.pyongyang', '56'],
		['sites.count', '55'],
		['sites.1984..2011', 'three'],
		['sites.2022', '18'],
		['sites.2018', 'zero']
	];
	for (const [name, expected] of table)
		it(`{${name}} → ${expected}`, () => expect(figure(name)).toBe(expected));

	const nothing = [
		'theft.2030',
		'theft.2022.median',
		'launches.1850',
		'launches.2022-13',
		'launches.2022.cruise',
		'launches.2023-07-28..nope',
		'hack.not-a-hack',
		'hack.alphapo-2023-07.city',
		'event.msmt-launch',
		'stats.mean',
		'stats.constructor',
		'hacks.toString',
		'theft.2016.low', // Chainalysis alone: no range across estimators
		'site.unknown', // the stand-in for an unknown site is not a placed site
		'hack.binance-2026-10.rank', // a reported theft is not ranked
		'sites.1984..',
		'nonsense',
		''
	];
	for (const name of nothing)
		it(`{${name}} resolves to nothing`, () => expect(figure(name)).toBeUndefined());
});

describe('fillPlaceholders(text, resolve, unknown)', () => {
	it('fills every name it knows and reports each it does not', () => {
		const unknown: string[] = [];
		const out = fillPlaceholders(
			'{theft.2018} in 2018, {launches.2018} launches, {nope.1}',
			figure,
			n => unknown.push(n)
		);
		expect(out).toBe('$522M in 2018, zero launches, {nope.1}');
		expect(unknown).toEqual(['nope.1']);
	});
});
