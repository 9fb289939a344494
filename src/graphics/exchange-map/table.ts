/**
 * The exchange map's numbers: every theft in the years the step shows, located or not, with the
 * amount, the place and how firmly it is attributed. Pure.
 */
import { isLocated } from '../../data/derive/hacks.ts';
import { apDate, usd } from '../../lib/format.ts';
import { yearSpan, type DataTable } from '../../lib/table.ts';
import { ALL_YEARS, inYears } from '../../data/derive/years.ts';
import { KIND_SHORT, LEVEL_LABELS } from './details.ts';
import type { ExchangeMapData } from './state.ts';
import type { ExchangeMapView } from './view.ts';

export function exchangeMapTable(view: ExchangeMapView, data: ExchangeMapData): DataTable {
	const years = view.years ?? ALL_YEARS;
	const shown = data.incidents.filter(h => inYears(Number(h.date.slice(0, 4)), years));
	return {
		caption: `Thefts from exchanges and platforms, ${yearSpan(view.years, 'all years')}`,
		columns: [
			{ label: 'Platform' },
			{ label: 'Date' },
			{ label: 'Stolen', numeric: true },
			{ label: 'Kind' },
			{ label: 'Based in' },
			{ label: 'Attribution' }
		],
		rows: shown.map(h => ({
			key: h.id,
			cells: [
				h.platform,
				apDate(h.date),
				h.usd === null ? 'not reported' : usd(h.usd),
				KIND_SHORT[h.kind],
				!isLocated(h) || !h.country
					? 'not known'
					: h.city && h.city !== h.country
						? `${h.city}, ${h.country}`
						: h.country,
				h.verification === 'reported'
					? `${LEVEL_LABELS[h.attributionLevel]} (reported, not confirmed; not counted)`
					: LEVEL_LABELS[h.attributionLevel]
			]
		})),
		note: 'Amounts in US dollars at the time of the theft. A theft only reported, not confirmed by a primary source or a major outlet, is listed but not counted. The data download has the reported ranges and the sources.'
	};
}
