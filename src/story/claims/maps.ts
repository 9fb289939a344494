/** What the copy claims about the map's thefts: the first, the largest, the kinds by year. Each claim quotes the copy and recomputes it (./index.ts). */
import { isLocated } from '../../data/derive/hacks.ts';
import * as c from './common.ts';

/** The countries the copy calls East and Southeast Asia, as the data names them. */
const EAST_AND_SOUTHEAST_ASIA = new Set([
	'South Korea',
	'Japan',
	'China',
	'Hong Kong (China)',
	'Taiwan',
	'Singapore',
	'Vietnam',
	'Indonesia',
	'Philippines',
	'Thailand',
	'Malaysia'
]);

export const MAPS_CLAIMS: readonly c.Claim[] = [
	{
		where: 'map-korea-japan',
		says: 'The first targets were close to home',
		check: d => {
			const located = d.figures.ranked.filter(isLocated);
			const earliest = [...located].sort((a, b) => a.date.localeCompare(b.date))[0];
			return c.expect(
				earliest?.country === 'South Korea',
				'the earliest placed theft is not in South Korea'
			);
		}
	},
	{
		where: 'map-korea-japan',
		says: 'The biggest, Coincheck in Tokyo',
		check: d => {
			const early = d.figures.ranked.filter(
				h =>
					h.date >= '2017' &&
					h.date < '2020' &&
					(h.country === 'South Korea' || h.country === 'Japan')
			);
			return c.expect(
				early[0]?.id === 'coincheck-2018-01',
				'Coincheck is not the largest 2017–19 theft in South Korea and Japan'
			);
		}
	},
	{
		where: 'map-kucoin',
		says: 'In 2020 the largest target was KuCoin',
		check: d =>
			c.expect(
				c.rankedIn(d, '2020')[0]?.id === 'kucoin-2020-09',
				'KuCoin is not the largest confirmed theft of 2020'
			)
	},
	{
		where: 'map-kucoin',
		says: 'KuCoin was the largest theft of 2020 in the list',
		check: d =>
			c.expect(
				c.rankedIn(d, '2020')[0]?.id === 'kucoin-2020-09',
				'KuCoin is not the largest confirmed theft of 2020'
			)
	},
	{
		where: 'map-bridges',
		says: 'In 2022 the thieves went after bridges between blockchains',
		check: d =>
			c.expect(
				c.rankedIn(d, '2022').length > 0 &&
					c.rankedIn(d, '2022').every(h => h.kind === 'defi-bridge'),
				'not every confirmed 2022 theft in the list is a bridge'
			)
	},
	{
		where: 'map-2024',
		says: 'In 2024 the big thefts were from exchanges again',
		check: d =>
			c.expect(
				c
					.rankedIn(d, '2024')
					.slice(0, 2)
					.every(h => h.kind === 'centralized-exchange') && c.rankedIn(d, '2024').length >= 2,
				"2024's two largest confirmed thefts were not both from exchanges"
			)
	},
	{
		where: 'map-all',
		says: 'dwarfs the rest',
		check: d => {
			const [first, second] = d.figures.ranked.filter(isLocated);
			return c.expect(
				(first?.usd ?? 0) >= 2 * (second?.usd ?? Infinity),
				'the largest placed theft is not at least twice the next'
			);
		}
	},
	{
		where: 'map-world',
		says: 'most of them in East and Southeast Asia',
		check: d => {
			const located = d.figures.ranked.filter(isLocated);
			const asian = located.filter(h => EAST_AND_SOUTHEAST_ASIA.has(h.country ?? ''));
			return c.expect(
				asian.length > located.length / 2,
				'most of the placed thefts are not in East and Southeast Asia'
			);
		}
	}
];
