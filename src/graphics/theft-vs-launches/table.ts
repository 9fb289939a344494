/** The theft-vs-launches graphic's numbers: each year's theft, the range across estimators, missiles. Pure. */
import { count, usd } from '../../lib/format.ts';
import type { DataTable } from '../../lib/table.ts';
import { theftVsLaunchesSpec, type TheftVsLaunchesData } from './state.ts';
import type { TheftVsLaunchesView } from './view.ts';

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
			const points = data.estimators.get(year) ?? [];
			const values = points.flatMap(p => [p.usd, p.usdHigh ?? p.usd]);
			const low = Math.min(...values);
			const high = Math.max(...values);
			const l = launches.get(year);
			return {
				key: String(year),
				cells: [
					String(year),
					t ? `${usd(t.usd)}${t.approximate ? '*' : ''}` : '–',
					values.length > 0 && low !== high ? `${usd(low)}–${usd(high)}` : '–',
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
