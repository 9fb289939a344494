/** Each step's data table: the numbers of the graphic it shows, in the state it asks for. Pure. */
import type { DataTable } from '../lib/table.ts';
import type { StepView } from './copy.ts';
import type { Parts } from './parts.svelte.ts';

/** The step's table, or null while its graphic's chunk is not loaded. */
export function tableFor(step: StepView, loaded: Partial<Parts>): DataTable | null {
	switch (step.graphic) {
		case 'theft-vs-launches':
			return loaded['theft-vs-launches']?.table(step.view) ?? null;
		case 'monthly-pace':
			return loaded['monthly-pace']?.table(step.view) ?? null;
		case 'theft-launch-scatter':
			return loaded['theft-launch-scatter']?.table(step.view) ?? null;
		case 'exchange-map':
			return loaded['exchange-map']?.table(step.view) ?? null;
		case 'launch-site-map':
			return loaded['launch-site-map']?.table(step.view) ?? null;
	}
}
