/** The data a claim checks, and the small readings claims share. Pure. */
import type { Dataset } from '../../data/dataset.ts';
import type { Figures } from '../../data/derive/index.ts';
import { missilesIn, sitesUsed } from '../../data/derive/sites.ts';

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

/** Whether `year` has the most missiles of every year in the records. */
export const isLaunchRecord = (d: ClaimData, year: number) =>
	missilesInYear(d, year) === maxOf(d.figures.years.map(y => y.missiles));

/** Whether `year`'s theft (main series) beats every earlier year's: a record at the time. */
export const isTheftRecordThen = (d: ClaimData, year: number) =>
	(theftIn(d, year) ?? 0) >
	maxOf(
		theftYears(d)
			.filter(y => y < year)
			.map(y => theftIn(d, y))
	);

/** Whether `year`'s theft (main series) is the largest of all years. */
export const isTheftRecord = (d: ClaimData, year: number) =>
	theftIn(d, year) === maxOf(d.figures.theft.map(t => t.usd));

/** The placed site with the most missiles in `years` (all years when none are given). */
export const busiestSite = (d: ClaimData, years?: readonly [number, number]) =>
	[...d.figures.sites.sites].sort((a, b) => missilesIn(b, years) - missilesIn(a, years))[0];

/** Several places in the copy that make the same claim: one check, one claim per quote. */
export function pins(check: Claim['check'], ...quotes: [where: string, says: string][]): Claim[] {
	return quotes.map(([where, says]) => ({ where, says, check }));
}
