/**
 * The placeholders that rank or pick out ("the largest", "the busiest month", "from 2025 onward"),
 * so the copy's superlatives are computed from the data, not typed: `{hack.<id>.rank}`,
 * `{hacks.largest.*}` (through `hack.<id>`), `{launches.record-month[.missiles]}`, `{launches.preliminary.*}`. The rules
 * (what counts, how ties break) are the derive module's (src/data/derive/hacks.ts, launches.ts).
 */
import type { Figures } from '../data/derive/index.ts';
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
