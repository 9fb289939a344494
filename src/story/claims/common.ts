/** The data a claim checks, and the small readings claims share. Pure. */
import type { Dataset } from '../../data/dataset.ts';
import type { Figures } from '../../data/derive/index.ts';
import { sitesUsed } from '../../data/derive/sites.ts';

export interface Claim {
	/** The step id (or "dek", "method.<id>") whose copy makes the claim. */
	where: string;
	/** The words of the copy that make it, as written in data/story.aml. */
	says: string;
	/** Null when the claim holds; else what is no longer true. */
	check: (d: ClaimData) => string | null;
}

/** The data and its figures, derived once for all claims. */
export interface ClaimData {
	data: Dataset;
	figures: Figures;
}

export const theftIn = (d: ClaimData, year: number) =>
	d.figures.theft.find(t => t.year === year)?.usd;
export const missilesInYear = (d: ClaimData, year: number) =>
	d.figures.years.find(y => y.year === year)?.missiles;
export const hack = (d: ClaimData, id: string) => d.data.exchangeHacks.find(h => h.id === id);
export const maxOf = (values: readonly (number | undefined)[]) =>
	Math.max(...values.map(v => v ?? 0));
export const theftYears = (d: ClaimData) => d.figures.theft.map(t => t.year);

/** A check: the message when `ok` is false. */
export const expect = (ok: boolean, otherwise: string): string | null => (ok ? null : otherwise);

/** Confirmed thefts of a year, largest first. */
export function rankedIn(d: ClaimData, year: string) {
	return d.figures.ranked.filter(h => h.date.startsWith(year));
}

/** Placed sites used in a year. */
export const sitesIn = (d: ClaimData, year: number) =>
	sitesUsed(d.figures.sites.sites, [year, year]);
