/**
 * How the copy prints a figure it cites (src/story/placeholders.ts): the placeholder's kind of
 * figure and its modifiers decide the format, always through src/lib/format.ts, the functions
 * the charts' labels and the tables use too. Pure.
 */
import { apDate, apNumber, coefficient, count, pValue, percent, usd } from '../lib/format.ts';

type NumberKind = 'usd' | 'count' | 'share' | 'coefficient' | 'p';

/** What a placeholder stands for, before it is printed. */
export type Figure =
	| { kind: NumberKind; value: number }
	| { kind: 'date'; value: string }
	| { kind: 'text'; value: string };

/** Each kind of number's format; `digits` asks for a count in figures rather than AP style. */
const NUMBERS: Record<NumberKind, (value: number, digits: boolean) => string> = {
	usd,
	count: (value, digits) => (digits ? count(value) : apNumber(value)),
	share: percent,
	coefficient,
	p: pValue
};

/**
 * A figure as the copy prints it: dollars, counts in AP style (in figures with the `digits`
 * modifier), shares, coefficients, p-values, dates; `cap` capitalises the first letter.
 */
export function printFigure(figure: Figure, modifiers: readonly string[] = []): string {
	const out = printed(figure, modifiers.includes('digits'));
	return modifiers.includes('cap') ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

function printed(figure: Figure, digits: boolean): string {
	if (figure.kind === 'date') return apDate(figure.value);
	if (figure.kind === 'text') return figure.value;
	return NUMBERS[figure.kind](figure.value, digits);
}

export const usdOf = (value: number | undefined): Figure | undefined =>
	value === undefined ? undefined : { kind: 'usd', value };
export const countOf = (value: number | undefined | null): Figure | undefined =>
	value === undefined || value === null ? undefined : { kind: 'count', value };
export const dateOf = (value: string | undefined): Figure | undefined =>
	value ? { kind: 'date', value } : undefined;
export const textOf = (value: string | undefined | null): Figure | undefined =>
	value ? { kind: 'text', value } : undefined;
