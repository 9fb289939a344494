/**
 * A graphic's numbers as a table, for readers who want the figures rather than the picture (and for
 * screen-reader users, who get a real table to move through). Each graphic's table.ts fills one
 * from the same view and data its state function draws. Types and small helpers; pure.
 */

export interface TableColumn {
	label: string;
	/** Right-aligned, tabular figures. */
	numeric?: boolean;
}

export interface TableRow {
	/** Stable key (a year, a month, an id). */
	key: string;
	/** One formatted cell per column; the first is the row's header. */
	cells: string[];
}

export interface DataTable {
	caption: string;
	columns: TableColumn[];
	rows: TableRow[];
	/** What the marks in the cells mean, and anything the table leaves out. */
	note?: string;
}

/** "2017–2019", or "2022" for a single year, or "every year" for none. */
export function yearSpan(years: readonly [number, number] | undefined, all = 'every year'): string {
	if (!years) return all;
	return years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`;
}
