/**
 * Newsroom number and date formats, used by the copy and by every graphic label.
 *
 * Why here: the copy's placeholders and the charts' labels must print the same figure the same way
 * ($1.7bn, $522M, Feb. 21, 2025), so there is exactly one formatter for each. Pure; UTC only.
 */
import { format } from 'd3-format';

const oneDecimal = format('.1f');
// d3-format parses its specifier on every format() call: each formatter is made once, here
const thousands = format(',');
const twoFixed = format('.2f');

/** Trims a trailing ".0" so $2.0bn prints as $2bn. */
function trimZero(s: string): string {
	return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/**
 * A US-dollar amount, newsroom style: $1.5bn, $1.65bn, $522M, $29M, $4.8M, $950K.
 * Billions keep up to two decimals (Chainalysis's $1.65bn must not round to $1.7bn) and
 * millions up to one ($660.5M stays $660.5M), so a figure prints as its source stated it.
 */
export function usd(value: number): string {
	if (!Number.isFinite(value)) throw new TypeError(`usd(): expected a finite number, got ${value}`);
	const sign = value < 0 ? '-' : '';
	const v = Math.abs(value);
	if (v >= 1e9) return `${sign}$${twoDecimals(v / 1e9)}bn`;
	if (v >= 1e6) return `${sign}$${trimZero(oneDecimal(v / 1e6))}M`;
	if (v >= 1e3) return `${sign}$${Math.round(v / 1e3)}K`;
	return `${sign}$${Math.round(v)}`;
}

function twoDecimals(x: number): string {
	return String(Math.round(x * 100) / 100);
}

/** A compact axis tick for dollars: $0, $500M, $1bn, $1.5bn. */
export function usdTick(value: number): string {
	if (value === 0) return '$0';
	return usd(value);
}

/** A count with thousands separators: 1,234. */
export function count(value: number): string {
	return thousands(value);
}

/** A share as a percentage without trailing zeros: 0.5 → "50%", 0.333 → "33%". */
export function percent(value: number): string {
	return `${Math.round(value * 100)}%`;
}

/** A correlation coefficient: 0.4567 → "0.46", -0.1 → "−0.10" (true minus sign). */
export function coefficient(value: number): string {
	return twoFixed(value).replace('-', '\u2212');
}

// AP style abbreviates these months when a day follows; March–July are spelled out. Tables, not
// d3-time-format: its locale is about 4 KB gzip on every first screen, for twelve names.
const AP_MONTHS = [
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
] as const;
const FULL_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD, read as UTC) in AP style:
 * "Feb. 21, 2025", "March 2022" (no day: month spelled out), "2018".
 */
export function apDate(iso: string): string {
	const m = ISO_PARTIAL.exec(iso);
	if (!m) throw new TypeError(`apDate(): expected YYYY, YYYY-MM or YYYY-MM-DD, got "${iso}"`);
	const [, year, month, day] = m;
	if (!month) return year as string;
	const mi = Number(month) - 1;
	if (!day) return `${FULL_MONTHS[mi]} ${year}`;
	return `${AP_MONTHS[mi]} ${Number(day)}, ${year}`;
}

/** An ISO month (YYYY-MM) as a short axis label: "Jan. 2022" → "Jan 2022" without the period. */
export function monthLabel(iso: string): string {
	const m = ISO_PARTIAL.exec(iso);
	if (!m || !m[2]) throw new TypeError(`monthLabel(): expected YYYY-MM, got "${iso}"`);
	return `${(FULL_MONTHS[Number(m[2]) - 1] as string).slice(0, 3)} ${m[1]}`;
}

const SMALL = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine'
] as const;

/** A count in running text, AP style: one to nine spelled out, 10 and up in figures (1,234). */
export function apNumber(value: number): string {
	if (Number.isInteger(value) && value >= 0 && value < 10) return SMALL[value] as string;
	return count(value);
}

/** A p-value for prose: two decimals, or "<0.01". */
export function pValue(value: number): string {
	return value < 0.01 ? '<0.01' : twoFixed(value);
}
