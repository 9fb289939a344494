/**
 * The exchange map's state for every step of the real copy, at phone and desktop sizes: every
 * theft a step shows is inside the frame, circle area is proportional to dollars, thefts in one
 * city don't cover each other, labels stay in the frame.
 */
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { exchangeHackSources, exchangeHacks } from '../../../src/data/index.ts';
import { exchangeMapData } from '../../../src/graphics/exchange-map/data.ts';
import { incidentDetails } from '../../../src/graphics/exchange-map/details.ts';
import { REGIONS } from '../../../src/graphics/exchange-map/regions.ts';
import {
	exchangeMapBase,
	exchangeMapSpec,
	exchangeMapState
} from '../../../src/graphics/exchange-map/state.ts';
import { innerBox } from '../../../src/lib/box.ts';
import { applyZoom, equalEarth, inBox } from '../../../src/lib/geo.ts';
import { world } from './shapes.ts';
import { allFinite, SIZES, eachStepAtSizes } from './sizes.ts';

const data = exchangeMapData(exchangeHacks);
const located = exchangeHacks.filter(h => h.lat !== null);

describe('exchangeMapState(view, base, data) for each step of the copy', () => {
	it('the copy has map steps that zoom to East Asia, Europe and the Gulf and back to the world', () => {
		const regions = copy.steps.map(s =>
			s.graphic === 'exchange-map' ? (s.view.region ?? 'world') : ''
		);
		for (const r of ['east-asia', 'europe', 'gulf', 'world']) expect(regions).toContain(r);
	});

	eachStepAtSizes('exchange-map', ': every shown theft inside the frame', (view, size) => {
		const base = exchangeMapBase(world, size, data);
		const state = exchangeMapState(view, base, data);
		const spec = exchangeMapSpec(view, data);
		const shown = data.incidents.filter((_, i) => spec.shown[i] === 1).map(h => h.id);
		expect(state.symbols.map(s => s.id).sort()).toEqual([...shown].sort());
		for (const s of state.symbols) {
			expect(allFinite(s.cx, s.cy, s.r), s.id).toBe(true);
			expect(inBox([s.cx, s.cy], state.frame), `${s.id} at ${s.cx},${s.cy}`).toBe(true);
		}
		for (const id of view.highlight ?? []) {
			const label = state.labels.find(l => l.id === id);
			expect(label, `label for ${id}`).toBeDefined();
			expect(label!.x).toBeGreaterThanOrEqual(state.frame.left - 1);
			expect(label!.x).toBeLessThanOrEqual(state.frame.right + 1);
		}
	});
});

describe('exchangeMapState: symbols', () => {
	const size = { width: 720, height: 480 };
	const base = exchangeMapBase(world, size, data);

	it('draws every located theft on the world view, and none of the three without a place', () => {
		const state = exchangeMapState({}, base, data);
		expect(state.symbols.map(s => s.id).sort()).toEqual(located.map(h => h.id).sort());
	});
	it('circle area is proportional to the dollars stolen', () => {
		const r = (id: string) => base.radius.get(id)!;
		expect(r('bybit-2025-02') ** 2 / r('ronin-2022-03') ** 2).toBeCloseTo(1500 / 620, 6);
	});
	it('thefts in one city are packed without overlap (Seoul has several)', () => {
		const { symbols } = exchangeMapState({ region: 'east-asia' }, base, data);
		const seoul = symbols.filter(s => exchangeHacks.find(h => h.id === s.id)?.city === 'Seoul');
		expect(seoul.length).toBeGreaterThan(4);
		for (const a of seoul)
			for (const b of seoul)
				if (a !== b) expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r);
	});
	it('shows a count beside a city with several shown thefts', () => {
		const { counts } = exchangeMapState({ region: 'east-asia', years: [2017, 2019] }, base, data);
		expect(counts.map(c => c.text)).toContain('6');
	});
	it('draws Coincheck hollow (disputed) and thefts of unknown amount as rings', () => {
		const { symbols } = exchangeMapState({}, base, data);
		expect(symbols.filter(s => s.disputed).map(s => s.id)).toEqual(['coincheck-2018-01']);
		expect(
			symbols
				.filter(s => s.unknownAmount)
				.map(s => s.id)
				.sort()
		).toEqual(['bithumb-2017-06', 'coinis-2017-09', 'youbit-2017-12']);
	});
	it('places Singapore, Hong Kong, Seychelles and Curaçao thefts though the 110m shapes lack them', () => {
		const { symbols } = exchangeMapState({}, base, data);
		for (const id of ['kucoin-2020-09', 'coinex-2023-09', 'htx-heco-2023-11', 'stake-2023-09'])
			expect(
				symbols.some(s => s.id === id),
				id
			).toBe(true);
	});
	it('zooming moves the view: Europe puts Tallinn inside the frame and Seoul outside', () => {
		const spec = exchangeMapSpec({ region: 'europe' }, data);
		expect(spec).toMatchObject(REGIONS.europe);
		const shownIds = data.incidents.filter((_, i) => spec.shown[i] === 1).map(h => h.id);
		expect(shownIds).toContain('coinspaid-2023-07');
		expect(shownIds).not.toContain('bybit-2025-02');
	});
	it('draws the country shapes: every country but Antarctica', () => {
		expect(base.land.countries.length).toBe(176);
		expect(base.land.countries.every(c => c.d.length > 0)).toBe(true);
	});
	it('draws the land as the build projected it: another size or zoom moves it, the paths stay', () => {
		expect(exchangeMapBase(world, { width: 375, height: 420 }, data).land).toBe(base.land);
		expect(base.land).toBe(world);
	});
	it('puts the land under the symbols: a city on the plane lands where its circle is, at every zoom', () => {
		const plane = equalEarth(
			innerBox(base.land.plane, { top: 0, right: 0, bottom: 0, left: 0 }),
			REGIONS.world
		);
		for (const region of ['world', 'east-asia', 'europe'] as const) {
			const state = exchangeMapState({ region }, base, data);
			for (const city of [
				[126.98, 37.57],
				[24.75, 59.44],
				[-122.42, 37.77]
			] as [number, number][]) {
				const [sx, sy] = applyZoom(base.projection(city)!, state.zoom);
				const [lx, ly] = applyZoom(plane(city)!, state.landZoom);
				expect(Math.abs(lx - sx), `${region} ${city}`).toBeLessThan(0.01);
				expect(Math.abs(ly - sy), `${region} ${city}`).toBeLessThan(0.01);
			}
		}
	});
});

describe('incidentDetails(hack)', () => {
	it('gives platform, date, amount with its range, place, attribution level and sources', async () => {
		const sources = (await exchangeHackSources())['ronin-2022-03']!;
		const d = incidentDetails(
			exchangeHacks.find(h => h.id === 'ronin-2022-03')!,
			sources
		);
		expect(d).toMatchObject({
			title: 'Ronin Bridge (Axie Infinity / Sky Mavis)',
			when: 'March 23, 2022',
			amount: '$620M (reports range from $620M to $625M)',
			place: 'Ho Chi Minh City, Vietnam',
			level: 'Attributed by a government or the FBI'
		});
		expect(d.sources.map(s => s.url)).toEqual(sources.map(s => s.url));
		expect(d.sources[0]?.label).toMatch(/, [A-Z][a-z]+\.? (\d+, )?\d{4}$/);
	});
	it('says when an amount or a place is not known', () => {
		expect(incidentDetails(exchangeHacks.find(h => h.id === 'youbit-2017-12')!).amount).toBe(
			'Amount not reported'
		);
		expect(incidentDetails(exchangeHacks.find(h => h.id === 'radiant-capital-2024')!).place).toBe(
			'Headquarters not known; not on the map'
		);
	});
});

describe('exchangeMapBase with a damaged land file', () => {
	const size = { width: 375, height: 420 };
	it.each([
		[{ countries: [] }, 'no plane size'],
		[{ plane: { width: 1000, height: 500 } }, 'no list of countries'],
		[
			{ plane: { width: 1000, height: 500 }, countries: [{ id: '408' }] },
			'a country without an id or an outline'
		]
	])('fails naming what is wrong: %j', (land, message) => {
		expect(() => exchangeMapBase(land as never, size, data)).toThrow(
			`The world land file is damaged: ${message}.`
		);
	});
});
