/**
 * The launch-site map's numbers: missiles from each site in the years the step shows, busiest
 * first; its rows are the sites used in those years (the rule of src/data/derive/sites.ts). Pure.
 */
import { count } from '../../lib/format.ts';
import { yearSpan, type DataTable } from '../../lib/table.ts';
import { missilesIn } from '../../data/derive/sites.ts';
import { ALL_YEARS } from '../../data/derive/years.ts';
import type { LaunchSiteMapData } from './state.ts';
import type { LaunchSiteMapView } from './view.ts';

export function launchSiteMapTable(view: LaunchSiteMapView, data: LaunchSiteMapData): DataTable {
	const years = view.years ?? ALL_YEARS;
	const sites = data.sites
		.map(s => ({ site: s, missiles: missilesIn(s, years) }))
		.filter(s => s.missiles > 0)
		.sort((a, b) => b.missiles - a.missiles || a.site.name.localeCompare(b.site.name));
	return {
		caption: `Missiles launched from each site, ${yearSpan(view.years, 'all years')}`,
		columns: [{ label: 'Launch site' }, { label: 'Missiles', numeric: true }],
		rows: sites.map(({ site, missiles }) => ({
			key: site.id,
			cells: [site.name, count(missiles)]
		})),
		note:
			data.unmapped.length > 0
				? 'Launches from sites CNS does not identify are not listed.'
				: undefined
	};
}
