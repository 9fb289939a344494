/** The scatter plot's numbers: each year's theft and missiles, and the correlation between them. Pure. */
import { coefficient, count, pValue, usd } from '../../lib/format.ts';
import type { DataTable } from '../../lib/table.ts';
import type { TheftLaunchScatterData } from './state.ts';
import type { TheftLaunchScatterView } from './view.ts';

export function theftLaunchScatterTable(
	_view: TheftLaunchScatterView,
	data: TheftLaunchScatterData
): DataTable {
	const { all, final } = data;
	return {
		caption: 'Crypto stolen and missiles launched, each year',
		columns: [
			{ label: 'Year' },
			{ label: 'Stolen (Chainalysis)', numeric: true },
			{ label: 'Missiles launched (CNS)', numeric: true }
		],
		rows: data.pairs.map(p => ({
			key: String(p.year),
			cells: [
				String(p.year),
				`${usd(p.usd)}${p.approximate ? '*' : ''}`,
				`${count(p.missiles)}${p.preliminary ? '†' : ''}`
			]
		})),
		note:
			`Pearson's r = ${coefficient(all.r)} over ${all.n} years (p = ${pValue(all.p)}); ` +
			`${coefficient(final.r)} over the ${final.n} years without preliminary records. ` +
			'* approximate: read off a chart. † preliminary launch records.'
	};
}
