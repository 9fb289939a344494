/**
 * The placeholders that rank or pick out ("the largest", "the busiest month", "from 2025 onward"),
 * so the copy's superlatives are computed from the data, not typed: `{hack.<id>.rank}`,
 * `{hacks.largest.*}`, `{launches.record-month[.missiles]}`, `{launches.preliminary.*}`. The rules
 * (what counts, how ties break) are the derive module's (src/data/derive/hacks.ts, launches.ts).
 */
import type { Figures } from '../data/derive/index.ts';
import type { ExchangeHack } from '../data/types.ts';
import { countOf, dateOf, textOf, type Figure } from './figure-text.ts';

const ORDINALS = ['', 'second-', 'third-', 'fourth-', 'fifth-'] as const;

/**
 * A theft's place among the confirmed thefts, largest first, as the copy says it: "the largest",
 * "the second-largest"… (up to the fifth; none for a theft not ranked, such as a reported one).
 */
export function rankOf(index: number): Figure | undefined {
	const ordinal = ORDINALS[index];
	return ordinal === undefined ? undefined : textOf(`the ${ordinal}largest`);
}

/** `hacks.largest[.platform|.date|.month|.city|.country]`: the largest confirmed theft. */
export function largestFigure(
	h: ExchangeHack | undefined,
	[field, ...rest]: string[]
): Figure | undefined {
	if (!h || rest.length > 0) return undefined;
	if (field === undefined) return h.usd === null ? undefined : { kind: 'usd', value: h.usd };
	if (field === 'platform') return textOf(h.platform);
	if (field === 'date') return dateOf(h.date);
	if (field === 'month') return dateOf(h.date.slice(0, 7));
	if (field === 'city') return textOf(h.city);
	if (field === 'country') return textOf(h.country);
	return undefined;
}

/** `launches.record-month[.missiles]`: the month with the most missiles (AP: "August 2019"). */
export function recordMonthFigure(
	record: Figures['recordMonth'],
	field: string | undefined
): Figure | undefined {
	if (!record) return undefined;
	if (field === undefined) return dateOf(record.month);
	return field === 'missiles' ? countOf(record.missiles) : undefined;
}

/**
 * `launches.preliminary[.from|.unknown|.failure|.success]`: how many records are preliminary, the
 * year they start, and their outcomes.
 */
export function preliminaryFigure(figures: Figures, field: string | undefined): Figure | undefined {
	const p = figures.preliminary;
	if (field === undefined) return countOf(p.missiles);
	if (field === 'from') return p.firstYear === null ? undefined : textOf(String(p.firstYear));
	if (field === 'unknown' || field === 'failure' || field === 'success') return countOf(p[field]);
	return undefined;
}
