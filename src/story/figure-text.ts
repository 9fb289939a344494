/**
 * How the copy prints a figure it cites (src/story/placeholders.ts): the placeholder's kind of
 * figure and its modifiers decide the format, always through src/lib/format.ts, the functions
 * the charts' labels and the tables use too. Pure.
 */
import { apDate, apNumber, coefficient, count, pValue, percent, usd } from '../lib/format.ts';

/** What a placeholder stands for, before it is printed. */
export type Figure =
	| { kind: 'usd' | 'count' | 'share' | 'coefficient' | 'p'; value: number }
	| { kind: 'date' | 'text'; value: string };

/**
 * A figure as the copy prints it: dollars, counts in AP style (in figures with the `digits`
 * modifier), shares, coefficients, p-values, dates; `cap` capitalises the first letter.
 */
export function printFigure(figure: Figure, modifiers: readonly string[] = []): string {
	let out: string;
	switch (figure.kind) {
		case 'usd':
			out = usd(figure.value);
			break;
		case 'count':
			out = modifiers.includes('digits') ? count(figure.value) : apNumber(figure.value);
			break;
		case 'share':
			out = percent(figure.value);
			break;
		case 'coefficient':
			out = coefficient(figure.value);
			break;
		case 'p':
			out = pValue(figure.value);
			break;
		case 'date':
			out = apDate(figure.value);
			break;
		case 'text':
			out = figure.value;
	}
	return modifiers.includes('cap') ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

export const usdOf = (value: number | undefined): Figure | undefined =>
	value === undefined ? undefined : { kind: 'usd', value };
export const countOf = (value: number | undefined | null): Figure | undefined =>
	value === undefined || value === null ? undefined : { kind: 'count', value };
export const dateOf = (value: string | undefined): Figure | undefined =>
	value ? { kind: 'date', value } : undefined;
export const textOf = (value: string | undefined | null): Figure | undefined =>
	value ? { kind: 'text', value } : undefined;
