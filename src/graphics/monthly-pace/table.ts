/** The monthly-pace graphic's numbers: missiles per month in the months shown, and the thefts in each. Pure. */
import { count, monthLabel, usd } from '../../lib/format.ts';
import type { DataTable } from '../../lib/table.ts';
import type { MonthlyPaceData } from './state.ts';
import type { MonthlyPaceView } from './view.ts';

export function monthlyPaceTable(view: MonthlyPaceView, data: MonthlyPaceData): DataTable {
	const from = view.from ?? data.months[0]?.month ?? '';
	const to = view.to ?? data.months.at(-1)?.month ?? from;
	const months = data.months.filter(m => m.month >= from && m.month <= to);
	const thefts = (month: string) =>
		data.heists
			.filter(h => h.date.slice(0, 7) === month)
			.map(
				h =>
					`${h.platform}, ${usd(h.usd)}${h.disputed ? ' (disputed)' : ''}${h.reported ? ' (reported, not confirmed; not counted)' : ''}`
			)
			.join('; ');
	return {
		caption: `Missiles launched each month and the thefts, ${monthLabel(from)} to ${monthLabel(to)}`,
		columns: [
			{ label: 'Month' },
			{ label: 'Missiles launched', numeric: true },
			{ label: 'Thefts that month' }
		],
		rows: months.map(m => ({
			key: m.month,
			cells: [
				monthLabel(m.month),
				`${count(m.missiles)}${m.preliminary > 0 ? '†' : ''}`,
				thefts(m.month) || '–'
			]
		})),
		note: '† preliminary launch records. Months in UTC. Thefts known only by year are not listed.'
	};
}
