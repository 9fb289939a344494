/**
 * What the map shows about one theft when a reader hovers, taps or focuses it: the platform, when,
 * how much (with the range reported), where (and how sure we are of the place), who attributed it
 * and the sources. Also the words for the map's legend. Pure; every string is rendered as text.
 */
import type { AttributionLevel, ExchangeHack, HackKind, Source } from '../../data/types.ts';
import { apDate, usd } from '../../lib/format.ts';

/** Short names for the map's colour key. */
export const KIND_SHORT: Record<HackKind, string> = {
	'centralized-exchange': 'Exchange',
	'defi-bridge': 'DeFi or bridge',
	wallet: 'Wallet',
	'payment-other': 'Payment or other'
};

export const KIND_LABELS: Record<HackKind, string> = {
	'centralized-exchange': 'Centralized exchange',
	'defi-bridge': 'DeFi protocol or bridge',
	wallet: 'Wallet',
	'payment-other': 'Payment or other service'
};

export const LEVEL_LABELS: Record<AttributionLevel, string> = {
	official: 'Attributed by a government or the FBI',
	'analytics-firm': 'Attributed by blockchain-analysis firms',
	suspected: 'Suspected, not confirmed',
	disputed: 'Attribution disputed'
};

export interface IncidentDetails {
	id: string;
	title: string;
	kind: string;
	when: string;
	amount: string;
	place: string;
	level: string;
	attribution: string;
	sources: { label: string; url: string }[];
}

function amount(h: ExchangeHack): string {
	if (h.usd === null)
		return h.usdRange
			? `Amount not established (reports range from ${usd(h.usdRange[0])} to ${usd(h.usdRange[1])})`
			: 'Amount not reported';
	const range =
		h.usdRange && h.usdRange[0] !== h.usdRange[1]
			? ` (reports range from ${usd(h.usdRange[0])} to ${usd(h.usdRange[1])})`
			: '';
	return `${usd(h.usd)}${range}`;
}

function place(h: ExchangeHack): string {
	if (h.locationPrecision === 'none' || !h.country) return 'Headquarters not known; not on the map';
	const where = h.city && h.city !== h.country ? `${h.city}, ${h.country}` : h.country;
	return h.locationPrecision === 'capital-placeholder'
		? `${where} (only the country is known; the capital stands in)`
		: where;
}

/**
 * The details of a theft. Its sources come apart from the record (they load when the details are
 * first opened); without them the list is empty.
 */
export function incidentDetails(h: ExchangeHack, sources: readonly Source[] = []): IncidentDetails {
	return {
		id: h.id,
		title: h.platform,
		kind: KIND_LABELS[h.kind],
		when: apDate(h.date),
		amount: amount(h),
		place: place(h),
		level:
			h.verification === 'reported'
				? `${LEVEL_LABELS[h.attributionLevel]}, as reported; not confirmed by a primary source or a major outlet, so not counted`
				: LEVEL_LABELS[h.attributionLevel],
		attribution: h.attribution,
		sources: sources.map(s => ({
			label: `${s.publisher}${s.readVia ? ` (${s.readVia})` : ''}, ${apDate(s.date)}`,
			url: s.url
		}))
	};
}

/** A one-line summary for a screen reader's name of the symbol. */
export function incidentSummary(h: ExchangeHack): string {
	const d = incidentDetails(h);
	return `${d.title}, ${d.when}: ${h.usd === null ? 'amount not reported' : usd(h.usd)}. ${d.place}. ${d.level}.`;
}
