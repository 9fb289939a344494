/**
 * The figures the copy may cite, by placeholder: `{theft.2018}` in data/story.aml becomes "$522M".
 * Every value is computed from data/ and formatted by src/lib/format.ts, so the text and the
 * charts can't disagree. A name that resolves to nothing fails the build (src/story/copy.ts).
 *
 * Names (a `|digits` suffix prints a count in figures, `|cap` capitalises the first letter):
 *   theft.<year>[.vintage|.incidents|.low|.high|.estimators]   main series; spread across estimators
 *   estimate.<id>[.high|.vintage|.incidents]                    one record of theft-by-year.json
 *   period.<id>[.incidents|.vintage]                            a total (dollars) or a share (percent)
 *   launches.<year>[.days|.icbm|.srbm|...]                      missiles per year (CNS rule)
 *   launches.<YYYY-MM>[.days]                                   missiles per month (UTC)
 *   launches.<from>..<to>[.ballistic|.<type>]                   missiles between two ISO dates
 *   launches.latest | launches.first | launches.total
 *   hack.<id>[.date|.platform|.city|.country|.low|.high]        one incident
 *   count.<id>                                                  another source's launch count
 *   event.<id>.date | event.<id>.<figure>                        events.json
 *   stats.r | stats.n | stats.df | stats.p | stats.from | stats.to   theft vs launches, every paired year
 *   stats.r-final | stats.n-final | stats.p-final               the same without preliminary years
 *   figure.<id>                                                 figures.json, with its unit
 *   hacks.total | hacks.located | hacks.unlocated | hacks.disputed  counts of incidents
 *   site.<id> | sites.count | sites.<year> | sites.<from>..<to>  missiles from a site; sites used
 */
import type { Dataset } from '../data/dataset.ts';
import {
	launchesBetween,
	launchesByMonth,
	launchesByYear,
	latestLaunchDate,
	countLaunches
} from '../data/derive/launches.ts';
import { theftLaunchPairs } from '../data/derive/pairs.ts';
import { latestByYear, spreadForYear } from '../data/derive/theft.ts';
import { apDate, apNumber, coefficient, count, pValue, percent, usd } from '../lib/format.ts';
import { pearson } from '../lib/stats.ts';
import type { MissileType } from '../data/types.ts';

/** What a placeholder stands for, before formatting. */
type Figure =
	| { kind: 'usd' | 'count' | 'share' | 'coefficient' | 'p'; value: number }
	| { kind: 'date' | 'text'; value: string };

export type Resolver = (name: string) => string | undefined;

const PLACEHOLDER = /\{([a-z0-9.|-]+)\}/gi;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function format(figure: Figure, modifiers: readonly string[]): string {
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

const usdOf = (value: number | undefined): Figure | undefined =>
	value === undefined ? undefined : { kind: 'usd', value };
const countOf = (value: number | undefined | null): Figure | undefined =>
	value === undefined || value === null ? undefined : { kind: 'count', value };
const dateOf = (value: string | undefined): Figure | undefined =>
	value ? { kind: 'date', value } : undefined;
const textOf = (value: string | undefined | null): Figure | undefined =>
	value ? { kind: 'text', value } : undefined;

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
	const main = latestByYear(data.theftByYear);
	const firstYear = Number(
		data.missileLaunches.reduce((a, l) => (l.date < a ? l.date : a), '9999').slice(0, 4)
	);
	const lastYear = Number(latestLaunchDate(data.missileLaunches).slice(0, 4));
	const years = launchesByYear(data.missileLaunches, firstYear, lastYear);
	const pairs = theftLaunchPairs(main, years);
	const final = pairs.filter(p => !p.preliminary);
	const stat = (set: typeof pairs) =>
		pearson(
			set.map(p => p.missiles),
			set.map(p => p.usd)
		);

	const namespaces: Record<string, (parts: string[]) => Figure | undefined> = {
		theft([year, field]) {
			const e = main.find(d => String(d.year) === year);
			if (!e) return undefined;
			const spread = () => spreadForYear(data.theftByYear, e.year);
			if (field === undefined) return usdOf(e.usd);
			if (field === 'vintage') return dateOf(e.vintage);
			if (field === 'incidents') return countOf(e.incidents);
			if (field === 'low') return usdOf(spread()?.low);
			if (field === 'high') return usdOf(spread()?.high);
			if (field === 'estimators') return countOf(spread()?.estimators);
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
			if (field === undefined && key === 'latest')
				return dateOf(latestLaunchDate(data.missileLaunches));
			if (field === undefined && key === 'first')
				return dateOf(data.missileLaunches.map(l => l.date).sort()[0]);
			if (field === undefined && key === 'total') return countOf(data.missileLaunches.length);
			const group = /^\d{4}$/.test(key)
				? years.find(y => String(y.year) === key)
				: /^\d{4}-(0[1-9]|1[0-2])$/.test(key)
					? launchesByMonth(data.missileLaunches, key, key)[0]
					: undefined;
			if (!group) return undefined;
			if (field === undefined) return countOf(group.missiles);
			if (field === 'days') return countOf(group.launchDays);
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
			return undefined;
		},
		count([id, field]) {
			const c = data.missileCounts.find(d => d.id === id);
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
			if (rest.length > 0) return undefined;
			const all = data.exchangeHacks;
			const counts: Record<string, number> = {
				total: all.length,
				located: all.filter(h => h.lat !== null).length,
				unlocated: all.filter(h => h.lat === null).length,
				disputed: all.filter(h => h.attributionLevel === 'disputed').length
			};
			return field ? countOf(counts[field]) : undefined;
		},
		site([id, ...rest]) {
			if (rest.length > 0 || !data.launchSites.some(site => site.id === id)) return undefined;
			return countOf(data.missileLaunches.filter(l => l.siteId === id).length);
		},
		sites([field, ...rest]) {
			if (!field) return undefined;
			if (
				rest.length === 2 &&
				rest[0] === '' &&
				/^\d{4}$/.test(field) &&
				/^\d{4}$/.test(rest[1] ?? '')
			) {
				// sites.1984..2011: sites used in a span of years
				const [from, to] = [Number(field), Number(rest[1])];
				const mapped = new Set(
					data.launchSites.filter(x => x.locationPrecision === 'facility').map(x => x.id)
				);
				const span = data.missileLaunches.filter(
					l => Number(l.date.slice(0, 4)) >= from && Number(l.date.slice(0, 4)) <= to
				);
				return countOf(new Set(span.map(l => l.siteId).filter(id => mapped.has(id))).size);
			}
			if (rest.length > 0) return undefined;
			const mapped = new Set(
				data.launchSites.filter(x => x.locationPrecision === 'facility').map(x => x.id)
			);
			const used = (launches: readonly { siteId: string }[]) =>
				new Set(launches.map(l => l.siteId).filter(id => mapped.has(id))).size;
			if (field === 'count') return countOf(used(data.missileLaunches));
			if (/^\d{4}$/.test(field))
				return countOf(used(data.missileLaunches.filter(l => l.date.startsWith(field))));
			return undefined;
		},
		stats([field]) {
			const all = stat(pairs);
			const fin = stat(final);
			const table: Record<string, Figure | undefined> = {
				r: { kind: 'coefficient', value: all.r },
				n: countOf(all.n),
				df: countOf(all.n - 2),
				p: { kind: 'p', value: all.p },
				from: textOf(String(pairs[0]?.year ?? '')),
				to: textOf(String(pairs.at(-1)?.year ?? '')),
				'r-final': { kind: 'coefficient', value: fin.r },
				'n-final': countOf(fin.n),
				'p-final': { kind: 'p', value: fin.p }
			};
			return field ? table[field] : undefined;
		}
	};

	return (name: string) => {
		const [base = '', ...modifiers] = name.split('|');
		const [namespace = '', ...parts] = base.split('.');
		const figure = namespaces[namespace]?.(parts);
		return figure === undefined ? undefined : format(figure, modifiers);
	};
}

/** `launches.<from>..<to>[.ballistic|.<type>]`: missiles launched between two dates, inclusive. */
function rangeFigure(data: Dataset, parts: string[]): Figure | undefined {
	// "2023-07-28..2024-01-26.ballistic" arrives split on dots: ["2023-07-28", "", "2024-01-26", "ballistic"]
	const [from, empty, to, field, ...rest] = parts;
	if (empty !== '' || !from || !to || !ISO_DAY.test(to) || rest.length > 0) return undefined;
	const launches = launchesBetween(data.missileLaunches, from, to);
	if (field === undefined) return countOf(launches.length);
	if (field === 'ballistic') return countOf(launches.filter(l => l.type !== 'SLV').length);
	const type = TYPES[field];
	return type ? countOf(countLaunches(launches).byType[type] ?? 0) : undefined;
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
