/**
 * The theft-vs-launches graphic's numbers: each year's theft, the range across estimators (the
 * rule of src/data/derive/spread.ts, as the spread lines draw it), missiles. Pure.
 */
import type { Spread } from '../../data/derive/spread.ts';
import { count, usd } from '../../lib/format.ts';
import type { DataTable } from '../../lib/table.ts';
import { theftVsLaunchesSpec, type TheftVsLaunchesData } from './state.ts';
import type { TheftVsLaunchesView } from './view.ts';

/** "$630M–$1.65bn"; one figure when every estimator agrees. */
function range({ low, high }: Spread): string {
	return usd(low) === usd(high) ? usd(low) : `${usd(low)}–${usd(high)}`;
}

export function theftVsLaunchesTable(
	view: TheftVsLaunchesView,
	data: TheftVsLaunchesData
): DataTable {
	const spec = theftVsLaunchesSpec(view, data);
	const both = view.show !== 'theft';
	const theft = new Map(data.theft.map(t => [t.year, t]));
	const launches = new Map(data.launches.map(l => [l.year, l]));
	const years = data.years.filter(y => y >= spec.x0 && y <= spec.x1);
	return {
		caption: both
			? `Crypto stolen and missiles launched, ${spec.x0}–${spec.x1}`
			: `Crypto stolen, ${spec.x0}–${spec.x1}`,
		columns: [
			{ label: 'Year' },
			{ label: 'Stolen (Chainalysis)', numeric: true },
			{ label: 'Range of all estimates', numeric: true },
			...(both ? [{ label: 'Missiles launched (CNS)', numeric: true }] : [])
		],
		rows: years.map(year => {
			const t = theft.get(year);
			const spread = data.spreads.get(year);
			const l = launches.get(year);
			return {
				key: String(year),
				cells: [
					String(year),
					t ? `${usd(t.usd)}${t.approximate ? '*' : ''}` : '–',
					spread ? range(spread) : '–',
					...(both
						? [
								l
									? `${count(l.missiles)}${l.preliminary > 0 || year === data.partialYear ? '†' : ''}`
									: '–'
							]
						: [])
				]
			};
		}),
		note: `* approximate: read off a chart. ${both ? '† preliminary or incomplete launch records. ' : ''}– no figure.`
	};
}
