// A larger copy of data/, for measuring how the build and the pages cost grow with the records
// (the bench's scaled variant). Newsrooms extend such lists: published compilations of North
// Korea-attributed thefts run to hundreds of incidents.
//
// writeScaledData({ from, to, thefts, launches }) copies the folder `from` into `to` and
// multiplies the thefts (exchange-hacks.json) by `thefts` and the launches (missile-launches.json)
// by `launches`. Every original record stays as it is (the copy names them by id); each added
// record is a variation of one original, drawn from a seeded generator, so the copy is the same on
// every run and still reads like real data to gzip and to the layout:
//   - thefts: another platform name, an amount between 2% and 45% of the original's (so the
//     largest theft stays the largest, and "dwarfs the rest" stays true), a date in the same year
//     at the same precision, and a location: none for about as many as the real data has, else
//     the original's city moved a little or another city of the real data;
//   - launches: a date in the same month (never after the latest real launch, so "through" dates
//     hold), a site launched from in the same year, and an id in the records' own form
//     (`<date>-<order in the day>`).
// Everything else (estimates, sources, events, figures, the copy) is copied as it is, so the
// build's validators and the copy's placeholders see a consistent dataset.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const HACKS = 'exchange-hacks.json';
const LAUNCHES = 'missile-launches.json';

/** Platform names are built from these, so no two copies repeat one string verbatim. */
const STEMS = (
	'Bit Coin Chain Block Hash Ledger Nova Zen Orbit Kite Luna Terra Apex Vega Quant Stellar ' +
	'Cobalt Onyx Nimbus Axon Pulse Vertex Helix Ion Mint Crest Harbor Summit Prism Atlas'
).split(' ');
const SUFFIXES = {
	'centralized-exchange': ['ex', ' Exchange', 'bit', ' Markets', 'X', ' Trade', 'Bank', ' Global'],
	'defi-bridge': [' Bridge', ' Finance', 'Swap', ' Protocol', 'Fi', ' Network', ' Lend', ' DAO'],
	wallet: [' Wallet', 'Vault', ' Keep', 'Safe', ' Pocket'],
	'payment-other': ['Pay', ' Payments', ' Gaming', ' Casino', ' Mining', ' Processing', 'Cash']
};
const MIN_SHARE = 0.02;
const MAX_SHARE = 0.45;
/** How far, in degrees, a copy placed at its original's city may move. */
const JITTER = 0.4;

/**
 * mulberry32: a small seeded generator, so the copy is the same on every run.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function seeded(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} items
 * @returns {T}
 */
function pick(random, items) {
	return /** @type {T} */ (items[Math.floor(random() * items.length)]);
}

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
const daysIn = (/** @type {number} */ year, /** @type {number} */ month) =>
	new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A date in the same year as `date`, at the same precision (YYYY, YYYY-MM or YYYY-MM-DD), no
 * earlier than it (so the first theft stays the first: "The first targets were close to home")
 * and no later than `latest` (so the data's "through" date holds).
 * @param {() => number} random
 * @param {string} date
 * @param {string} latest
 */
function dateInYear(random, date, latest) {
	if (date.length === 4) return date;
	const year = Number(date.slice(0, 4));
	const start = Date.UTC(
		year,
		Number(date.slice(5, 7)) - 1,
		date.length === 10 ? Number(date.slice(8)) : 1
	);
	const cap = latest.slice(0, 4) === date.slice(0, 4) ? latest : `${year}-12-31`;
	const end = Date.UTC(
		year,
		Number(cap.slice(5, 7)) - 1,
		cap.length === 10 ? Number(cap.slice(8)) : daysIn(year, Number(cap.slice(5, 7)))
	);
	const day = new Date(
		start + Math.floor((random() * (Math.max(end, start) - start + 1)) / 864e5) * 864e5
	);
	return day.toISOString().slice(0, date.length);
}

/**
 * A date in the same month as `date`, no later than `latest` (a month-precise date stays).
 * @param {() => number} random
 * @param {string} date
 * @param {string} latest
 */
function dateInMonth(random, date, latest) {
	if (date.length === 7) return date;
	const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
	const last =
		date.slice(0, 7) === latest.slice(0, 7) ? Number(latest.slice(8)) : daysIn(year, month);
	return `${date.slice(0, 7)}-${pad(1 + Math.floor(random() * last))}`;
}

/**
 * @param {string} file
 * @param {string} what
 * @param {unknown} value
 * @returns {number}
 */
function factor(file, what, value) {
	if (!Number.isInteger(value) || /** @type {number} */ (value) < 1)
		throw new Error(
			`writeScaledData: ${what} (for ${file}) must be a whole number of at least 1, found ${JSON.stringify(value)}`
		);
	return /** @type {number} */ (value);
}

/**
 * @param {string} dir
 * @param {string} file
 * @returns {Promise<Record<string, any>[]>}
 */
async function readRecords(dir, file) {
	const path = join(dir, file);
	const records = JSON.parse(await readFile(path, 'utf8'));
	if (!Array.isArray(records)) throw new Error(`${path}: expected an array of records`);
	return records;
}

const round = (/** @type {number} */ n) => Math.max(1, Math.round(n / 1000) * 1000);

/**
 * The thefts `times` over: the originals, then `times - 1` variations of each.
 * @param {Record<string, any>[]} hacks
 * @param {number} times
 * @param {() => number} random
 */
export function scaleHacks(hacks, times, random) {
	const places = hacks
		.filter(h => h.locationPrecision !== 'none')
		.map(h => ({
			city: h.city,
			country: h.country,
			lat: h.lat,
			lon: h.lon,
			precision: h.locationPrecision
		}));
	const unplacedShare = (hacks.length - places.length) / hacks.length;
	const latest = hacks.reduce((m, h) => (h.date > m ? h.date : m), '');
	const names = new Set(hacks.map(h => h.platform));
	/** @param {string} kind */
	const newName = kind => {
		const suffixes =
			SUFFIXES[/** @type {keyof typeof SUFFIXES} */ (kind)] ?? SUFFIXES['payment-other'];
		for (;;) {
			const name = `${pick(random, STEMS)}${pick(random, STEMS).toLowerCase()}${pick(random, suffixes)}`;
			if (!names.has(name)) return (names.add(name), name);
		}
	};
	const out = [...hacks];
	for (let k = 1; k < times; k++)
		for (const h of hacks) {
			const share = MIN_SHARE * (MAX_SHARE / MIN_SHARE) ** random();
			const place = where(h, random, places, unplacedShare);
			const date = dateInYear(random, h.date, latest);
			out.push({
				...h,
				id: `${h.id}-x${k}`,
				platform: newName(h.kind),
				date,
				usd: h.usd === null ? null : round(h.usd * share),
				...(h.usdRange
					? { usdRange: h.usdRange.map((/** @type {number} */ n) => round(n * share)) }
					: {}),
				...place
			});
		}
	return out;
}

/**
 * Where a variation is: no location (as often as in the real data), its original's city moved a
 * little, or another city of the real data.
 * @param {Record<string, any>} h
 * @param {() => number} random
 * @param {{ city: string, country: string, lat: number, lon: number, precision: string }[]} places
 * @param {number} unplacedShare
 */
function where(h, random, places, unplacedShare) {
	if (random() < unplacedShare || places.length === 0)
		return { city: null, country: null, lat: null, lon: null, locationPrecision: 'none' };
	const base = h.locationPrecision !== 'none' && random() < 0.5 ? h : null;
	const p = base
		? { city: h.city, country: h.country, lat: h.lat, lon: h.lon, precision: h.locationPrecision }
		: pick(random, places);
	const move = (/** @type {number} */ x) => Math.round((x + (random() - 0.5) * JITTER) * 1e4) / 1e4;
	return {
		city: p.city,
		country: p.country,
		lat: move(p.lat),
		lon: move(p.lon),
		locationPrecision: p.precision
	};
}

/**
 * The launches `times` over: the originals, then `times - 1` variations of each, with ids in the
 * records' own form, numbered after the day's real launches.
 * @param {Record<string, any>[]} launches
 * @param {number} times
 * @param {() => number} random
 */
export function scaleLaunches(launches, times, random) {
	const latest = launches.reduce((m, l) => (l.date > m ? l.date : m), '');
	/** @type {Map<string, string[]>} the sites launched from in each year */
	const sitesByYear = new Map();
	for (const l of launches) {
		const year = l.date.slice(0, 4);
		sitesByYear.set(year, [...new Set([...(sitesByYear.get(year) ?? []), l.siteId])]);
	}
	const ids = new Set(launches.map(l => l.id));
	const out = [...launches];
	for (let k = 1; k < times; k++)
		for (const l of launches) {
			const date = dateInMonth(random, l.date, latest);
			let order = 1;
			while (ids.has(`${date}-${order}`)) order++;
			const id = `${date}-${order}`;
			ids.add(id);
			const siteId = pick(random, sitesByYear.get(l.date.slice(0, 4)) ?? [l.siteId]);
			out.push({ ...l, id, date, siteId });
		}
	return out.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Copies the data folder `from` into `to` with the thefts × `thefts` and the launches × `launches`.
 * `to` is replaced. Returns the number of records of each.
 * @param {{ from: string, to: string, thefts: number, launches: number, seed?: number }} options
 */
export async function writeScaledData({ from, to, thefts, launches, seed = 20260226 }) {
	const timesHacks = factor(HACKS, 'thefts', thefts);
	const timesLaunches = factor(LAUNCHES, 'launches', launches);
	const hacks = await readRecords(from, HACKS);
	const launchRecords = await readRecords(from, LAUNCHES);
	await rm(to, { recursive: true, force: true });
	await mkdir(to, { recursive: true });
	await cp(from, to, { recursive: true });
	const random = seeded(seed);
	const scaledHacks = scaleHacks(hacks, timesHacks, random);
	const scaledLaunches = scaleLaunches(launchRecords, timesLaunches, random);
	const write = (/** @type {string} */ file, /** @type {unknown[]} */ records) =>
		writeFile(join(to, file), `${JSON.stringify(records, null, '\t')}\n`);
	await write(HACKS, scaledHacks);
	await write(LAUNCHES, scaledLaunches);
	return { thefts: scaledHacks.length, launches: scaledLaunches.length };
}
