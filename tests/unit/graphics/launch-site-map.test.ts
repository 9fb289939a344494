/**
 * The launch-site map's state for every step of the real copy: each site with launches in the
 * step's years inside the frame, area proportional to missiles on one scale for every step, the
 * busiest sites named.
 */
import { describe, expect, it } from 'vitest';
import { copy } from 'virtual:story';
import { launchSites, missileLaunches } from '../../../src/data/index.ts';
import { launchSiteMapData } from '../../../src/graphics/launch-site-map/data.ts';
import {
	launchSiteMapBase,
	onLandPlane,
	launchSiteMapState,
	missilesIn,
	shortName
} from '../../../src/graphics/launch-site-map/state.ts';
import { applyZoom, inBox } from '../../../src/lib/geo.ts';
import { ALL_YEARS } from '../../../src/data/derive/years.ts';
import { KOREA_EXTENT } from '../../../src/lib/geo-files.ts';
import { korea } from './shapes.ts';
import { allFinite, SIZES, eachStepAtSizes } from './sizes.ts';

const data = launchSiteMapData(missileLaunches, launchSites);

describe('launchSiteMapData(launches, sites)', () => {
	it('maps 55 sites; the one launch from an unknown site is kept aside, not mapped', () => {
		expect(data.sites.length).toBe(55);
		expect(data.unmapped.length).toBe(1);
	});
	it('counts 56 missiles from Pyongyang International Airport in all', () =>
		expect(
			missilesIn(
				data.sites.find(s => s.id === 'pyongyang')!,
				ALL_YEARS
			)
		).toBe(56));
});

describe('launchSiteMapState(view, base, data) for each step of the copy', () => {
	eachStepAtSizes(
		'launch-site-map',
		': every site used inside the frame, the busiest named',
		(view, size) => {
			const base = launchSiteMapBase(korea, size, data);
			const state = launchSiteMapState(view, base, data);
			const years = view.years ?? ALL_YEARS;
			const used = data.sites.filter(s => missilesIn(s, years) > 0);
			expect(state.symbols.map(s => s.id).sort()).toEqual(used.map(s => s.id).sort());
			for (const s of state.symbols) {
				expect(allFinite(s.cx, s.cy, s.r), s.id).toBe(true);
				expect(inBox([s.cx, s.cy], state.frame), s.id).toBe(true);
			}
			const busiest = [...used].sort((a, b) => missilesIn(b, years) - missilesIn(a, years))[0]!;
			expect(state.labels.map(l => l.id)).toContain(busiest.id);
		}
	);
});

describe('launchSiteMapState: scale and shapes', () => {
	const base = launchSiteMapBase(korea, { width: 640, height: 560 }, data);
	it('circle area is proportional to missiles, on one scale for every step', () => {
		const all = launchSiteMapState({}, base, data);
		const in2022 = launchSiteMapState({ years: [2022, 2022] }, base, data);
		const area = (s: { r: number }) => s.r ** 2;
		const pyongyangAll = all.symbols.find(s => s.id === 'pyongyang')!;
		const pyongyang2022 = in2022.symbols.find(s => s.id === 'pyongyang')!;
		expect(area(pyongyang2022) / area(pyongyangAll)).toBeCloseTo(pyongyang2022.missiles / 56, 6);
	});
	it('draws North Korea and its neighbours, the land put on the frame as the sites are', () => {
		expect(base.countries.map(c => c.name).sort()).toEqual([
			'China',
			'North Korea',
			'Russia',
			'South Korea'
		]);
		// a place projected on the land's plane, moved by the fit, lands where the frame's
		// projection puts it: the land stands under the circles at every size
		for (const size of [
			{ width: 640, height: 560 },
			{ width: 348, height: 300 }
		]) {
			const b = launchSiteMapBase(korea, size, data);
			for (const lonLat of [
				[125.75, 39.02],
				[KOREA_EXTENT.west, KOREA_EXTENT.north],
				[KOREA_EXTENT.east, KOREA_EXTENT.south]
			] as [number, number][]) {
				const [sx, sy] = b.projection(lonLat)!;
				const [lx, ly] = applyZoom(onLandPlane()(lonLat)!, b.fit);
				expect(Math.abs(lx - sx)).toBeLessThan(0.01);
				expect(Math.abs(ly - sy)).toBeLessThan(0.01);
			}
		}
		// North Korea's name stands inside the frame
		expect(base.countries.find(c => c.id === '408')?.label).not.toBeNull();
	});
	it('fails naming the file when its land is damaged', () => {
		expect(() =>
			launchSiteMapBase(
				{ plane: { width: 1, height: 1 } } as never,
				{ width: 640, height: 560 },
				data
			)
		).toThrow('The Korea land file is damaged: no list of countries.');
	});
	it('shortens site names the way a label needs', () => {
		expect(shortName('Pyongyang International Airport')).toBe('Pyongyang Airport');
		expect(shortName('Tonghae Satellite Launching Ground')).toBe('Tonghae');
		expect(shortName('Kittaeryong Missile Base')).toBe('Kittaeryong');
	});
});
