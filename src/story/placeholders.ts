/**
 * The figures the copy may cite, by placeholder: `{theft.2018}` in data/story.aml becomes "$522M".
 * Every value is read from the figures derived once from data/ (src/data/derive/index.ts: one rule
 * per figure, the same functions the graphics and tables use) and formatted by src/lib/format.ts,
 * so the text and the charts can't disagree (tests/unit/story/agreement.test.ts checks it). A name that resolves to nothing fails the build (src/story/copy.ts).
 *
 * Names (a `|digits` suffix prints a count in figures, `|cap` capitalises the first letter):
 *   theft.<year>[.vintage|.incidents|.low|.high|.estimators]   main series; spread across estimators
 *   estimate.<id>[.high|.vintage|.incidents]                    one record of theft-by-year.json
 *   period.<id>[.incidents|.vintage]                            a total (dollars) or a share (percent)
 *   launches.<year>[.days|.ballistic|.icbm|...]                 missiles per year (CNS rule)
 *   launches.<YYYY-MM>[.days|.ballistic|.icbm|...]              missiles per month (UTC)
 *   launches.<from>..<to>[.ballistic|.<type>]                   missiles between two ISO dates
 *   launches.latest | launches.first | launches.total
 *   launches.record-month[.missiles]                            the month with the most missiles
 *   launches.preliminary[.from|.unknown|.failure|.success]      the preliminary records
 *   theft.through                                               the main series' latest year
 *   hack.<id>[.date|.month|.platform|.city|.country|.low|.high] one incident
 *   hack.<id>.rank                                              "the largest", "the second-largest"… of the confirmed thefts
 *   hacks.largest[.<any hack.<id> field>]                       the largest confirmed theft
 *   hacks.through                                               the latest theft in the list
 *   count.<id>[.date]                                           another source's launch count; its period's end
 *   event.<id>.date | event.<id>.<figure>                        events.json
 *   stats.r | stats.n | stats.df | stats.p | stats.from | stats.to   theft vs launches, every paired year
 *   stats.<same>-final                                          the same without preliminary years
 *   figure.<id>                                                 figures.json, with its unit
 *   hacks.total | .located | .unlocated | .disputed | .countries    counts of confirmed incidents
 *   hacks.reported                                              incidents reported, not confirmed
 *   site.<id> | sites.count | sites.<year> | sites.<from>..<to>  missiles from a placed site; sites used
 *   (a spread, hacks.* and sites.* follow the rules in src/data/derive/spread.ts, hacks.ts, sites.ts)
 */
import type { Dataset } from '../data/dataset.ts';
import { deriveFigures, type Figures } from '../data/derive/index.ts';
import { launchesByMonth, launchesIn } from '../data/derive/launches.ts';
import { missilesIn, sitesUsed } from '../data/derive/sites.ts';
import type { YearsCorrelation } from '../data/derive/correlation.ts';
import { count } from '../lib/format.ts';
import { countOf, dateOf, printFigure, textOf, usdOf, type Figure } from './figure-text.ts';
import { preliminaryFigure, rankOf, recordMonthFigure } from './ranked-figures.ts';
import type { MissileType } from '../data/types.ts';

export type Resolver = (name: string) => string | undefined;

const PLACEHOLDER = /\{([a-z0-9.|-]+)\}/gi;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const TYPES: Record<string, MissileType> = {
	srbm: 'SRBM',
	mrbm: 'MRBM',
	irbm: 'IRBM',
	icbm: 'ICBM',
	slbm: 'SLBM',
	slv: 'SLV',
	hgv: 'HGV',
	unknown: 'unknown'
};

/** Builds the resolver for one dataset: every name the copy may use, looked up lazily. */
export function placeholderResolver(data: Dataset): Resolver {
	const figures = deriveFigures(data);
	const main = figures.theft;
	const years = figures.years;

	const namespaces: Record<string, (parts: string[]) => Figure | undefined> = {
		theft([year, field]) {
			if (year === 'through' && field === undefined) return textOf(String(main.at(-1)?.year ?? ''));
			const e = main.find(d => String(d.year) === year);
			if (!e) return undefined;
			const spread = figures.spreads.get(e.year);
			if (field === undefined) return usdOf(e.usd);
			if (field === 'vintage') return dateOf(e.vintage);
			if (field === 'incidents') return countOf(e.incidents);
			if (field === 'low') return usdOf(spread?.low);
			if (field === 'high') return usdOf(spread?.high);
			if (field === 'estimators') return countOf(spread?.points.length);
			return undefined;
		},
		estimate([id, field]) {
			const e = data.theftByYear.find(d => d.id === id);
			if (!e) return undefined;
			if (field === undefined) return usdOf(e.usd);
			if (field === 'high') return usdOf(e.usdHigh);
			if (field === 'vintage') return dateOf(e.vintage);
			if (field === 'incidents') return countOf(e.incidents);
			return undefined;
		},
		period([id, field]) {
			const e = data.theftPeriodEstimates.find(d => d.id === id);
			if (!e) return undefined;
			if (field === 'vintage') return dateOf(e.vintage);
			if (field === 'incidents') return e.kind === 'total' ? countOf(e.incidents) : undefined;
			if (field !== undefined) return undefined;
			return e.kind === 'share' ? { kind: 'share', value: e.share } : usdOf(e.usd);
		},
		launches(parts) {
			const [key, field, ...rest] = parts;
			if (key && ISO_DAY.test(key)) return rangeFigure(data, parts);
			if (!key || rest.length > 0) return undefined;
			if (field === undefined && key === 'latest') return dateOf(figures.span.latest);
			if (field === undefined && key === 'first') return dateOf(figures.span.first);
			if (field === undefined && key === 'total') return countOf(data.missileLaunches.length);
			if (key === 'record-month') return recordMonthFigure(figures.recordMonth, field);
			if (key === 'preliminary') return preliminaryFigure(figures, field);
			const group = /^\d{4}$/.test(key)
				? years.find(y => String(y.year) === key)
				: /^\d{4}-(0[1-9]|1[0-2])$/.test(key)
					? launchesByMonth(data.missileLaunches, key, key)[0]
					: undefined;
			if (!group) return undefined;
			if (field === undefined) return countOf(group.missiles);
			if (field === 'days') return countOf(group.launchDays);
			if (field === 'ballistic') return countOf(group.ballistic);
			const type = TYPES[field];
			return type ? countOf(group.byType[type] ?? 0) : undefined;
		},
		hack([id, field]) {
			const h = data.exchangeHacks.find(d => d.id === id);
			if (!h) return undefined;
			if (field === undefined) return h.usd === null ? undefined : usdOf(h.usd);
			if (field === 'date') return dateOf(h.date);
			if (field === 'platform') return textOf(h.platform);
			if (field === 'city') return textOf(h.city);
			if (field === 'country') return textOf(h.country);
			if (field === 'low') return usdOf(h.usdRange?.[0]);
			if (field === 'high') return usdOf(h.usdRange?.[1]);
			if (field === 'month') return dateOf(h.date.slice(0, 7));
			if (field === 'rank') return rankOf(figures.ranked.indexOf(h));
			return undefined;
		},
		count([id, field]) {
			const c = data.missileCounts.find(d => d.id === id);
			if (c && field === 'date') return dateOf(c.periodEnd);
			return c && field === undefined ? countOf(c.count) : undefined;
		},
		event([id, field]) {
			const e = data.events.find(d => d.id === id);
			if (!e || !field) return undefined;
			if (field === 'date') return dateOf(e.date);
			return countOf(e.figures?.[field]);
		},
		figure([id, field]) {
			const f = data.figures.find(d => d.id === id);
			if (!f || field !== undefined) return undefined;
			if (f.unit === 'usd') return usdOf(f.value);
			if (f.unit === 'percent') return { kind: 'share', value: f.value / 100 };
			if (f.unit === 'count') return countOf(f.value);
			return textOf(`${count(f.value)} ${f.unit}`);
		},
		hacks([field, ...rest]) {
			// the largest confirmed theft, named like any one theft: {hacks.largest.platform}
			if (field === 'largest')
				return rest.length <= 1
					? namespaces.hack?.([figures.ranked[0]?.id ?? '', ...rest])
					: undefined;
			if (field === 'through' && rest.length === 0) return dateOf(figures.hacksThrough);
			const counts = figures.hacks;
			return field && rest.length === 0 && Object.hasOwn(counts, field)
				? countOf(counts[field as keyof typeof counts])
				: undefined;
		},
		site([id, ...rest]) {
			// a placed site (the map shows it); one without launches launched zero
			const placed = data.launchSites.find(x => x.id === id && x.locationPrecision === 'facility');
			if (!placed || rest.length > 0) return undefined;
			const site = figures.sites.sites.find(x => x.id === id);
			return countOf(site ? missilesIn(site) : 0);
		},
		sites(parts) {
			return sitesFigure(figures, parts);
		},
		stats([field]) {
			return field ? statsFigure(figures.correlation, field) : undefined;
		}
	};

	return (name: string) => {
		const [base = '', ...modifiers] = name.split('|');
		const [namespace = '', ...parts] = base.split('.');
		const figure = namespaces[namespace]?.(parts);
		return figure === undefined ? undefined : printFigure(figure, modifiers);
	};
}

/** `sites.count`, `sites.<year>`, `sites.<from>..<to>`: placed sites used (src/data/derive/sites.ts). */
function sitesFigure(figures: Figures, [field, ...rest]: string[]): Figure | undefined {
	const year = /^\d{4}$/;
	const { sites } = figures.sites;
	if (field === 'count' && rest.length === 0) return countOf(sitesUsed(sites));
	if (!field || !year.test(field)) return undefined;
	if (rest.length === 0) return countOf(sitesUsed(sites, [Number(field), Number(field)]));
	// "sites.1984..2011" arrives split on dots: ["1984", "", "2011"]
	const [empty, to, ...more] = rest;
	if (empty !== '' || !to || !year.test(to) || more.length > 0) return undefined;
	return countOf(sitesUsed(sites, [Number(field), Number(to)]));
}

/** `stats.*`: the correlation (src/data/derive/correlation.ts). */
function statsFigure(c: Figures['correlation'], field: string): Figure | undefined {
	const [which, suffix]: [YearsCorrelation, string] = field.endsWith('-final')
		? [c.final, field.slice(0, -'-final'.length)]
		: [c.all, field];
	const figure: Record<string, Figure> = {
		r: { kind: 'coefficient', value: which.r },
		n: { kind: 'count', value: which.n },
		df: { kind: 'count', value: which.df },
		p: { kind: 'p', value: which.p },
		from: { kind: 'text', value: String(which.from) },
		to: { kind: 'text', value: String(which.to) }
	};
	return Object.hasOwn(figure, suffix) ? figure[suffix] : undefined;
}

/** `launches.<from>..<to>[.ballistic|.<type>]`: missiles launched between two dates, inclusive. */
function rangeFigure(data: Dataset, parts: string[]): Figure | undefined {
	// "2023-07-28..2024-01-26.ballistic" arrives split on dots: ["2023-07-28", "", "2024-01-26", "ballistic"]
	const [from, empty, to, field, ...rest] = parts;
	if (empty !== '' || !from || !to || !ISO_DAY.test(to) || rest.length > 0) return undefined;
	const counted = launchesIn(data.missileLaunches, from, to);
	if (field === undefined) return countOf(counted.missiles);
	if (field === 'ballistic') return countOf(counted.ballistic);
	const type = TYPES[field];
	return type ? countOf(counted.byType[type] ?? 0) : undefined;
}

/**
 * Replaces each `{name}` in `text` by its value. A name that resolves to nothing is reported
 * through `unknown` (and left in place), so the caller can fail the build with every bad name.
 */
export function fillPlaceholders(
	text: string,
	resolve: Resolver,
	unknown: (name: string) => void
): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => {
		const value = resolve(name);
		if (value === undefined) {
			unknown(name);
			return whole;
		}
		return value;
	});
}
