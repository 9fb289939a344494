/**
 * What an update of data/ changed, for the editor who made it (`npm run copy:diff`): every
 * placeholder of the copy whose value moved, every claim of the copy that no longer holds, the
 * rendered text of every step that changed, and what changed in each download. Compares two
 * loaded copies of data/ (the last commit's and the working tree's), both checked by today's code.
 * Pure: the runner (src/build/copy-diff.mjs) reads the files and prints the report.
 */
import type { Dataset } from '../data/dataset.ts';
import { downloads } from '../data/files.ts';
import { failedClaims, type FailedClaim } from '../story/claims/index.ts';
import { placeholderResolver } from '../story/placeholders.ts';
import type { Copy } from '../story/types.ts';

/** One side of the comparison: data/ as loaded and checked, and the copy's raw text. */
export interface Side {
	dataset: Dataset;
	copy: Copy;
	/** data/story.aml as written, placeholders unresolved. */
	rawCopy: string;
}

export interface ValueChange {
	name: string;
	before: string | undefined;
	after: string | undefined;
}

export interface TextChange {
	/** The step's id, or "headline", "dek", "graphics.<id>", "method.<id>". */
	where: string;
	field: string;
	before: string;
	after: string;
}

export interface DownloadChange {
	file: string;
	added: string[];
	removed: string[];
	changed: string[];
}

export interface UpdateReport {
	placeholders: ValueChange[];
	claims: FailedClaim[];
	text: TextChange[];
	downloads: DownloadChange[];
}

const PLACEHOLDER = /\{([a-z0-9.|-]+)\}/gi;

/** Every placeholder name the copy uses, without its modifiers, sorted. */
export function placeholderNames(rawCopy: string): string[] {
	const names = new Set([...rawCopy.matchAll(PLACEHOLDER)].map(m => m[1]!.split('|')[0]!));
	return [...names].sort();
}

/** The texts of a copy that readers see, by where they are and which field. */
function texts(copy: Copy): Map<string, string> {
	const out = new Map<string, string>([
		['headline\0text', copy.headline],
		['dek\0text', copy.dek]
	]);
	for (const g of Object.values(copy.graphics)) {
		out.set(`graphics.${g.id}\0title`, g.title);
		out.set(`graphics.${g.id}\0source`, g.source);
		if (g.note) out.set(`graphics.${g.id}\0note`, g.note);
	}
	for (const s of copy.steps) {
		out.set(`${s.id}\0text`, s.text.join('\n\n'));
		out.set(`${s.id}\0alt`, s.alt);
		out.set(`${s.id}\0notes`, s.notes.join('\n\n'));
	}
	for (const m of copy.method) out.set(`method.${m.id}\0text`, m.text.join('\n\n'));
	return out;
}

function textChanges(before: Copy, after: Copy): TextChange[] {
	const a = texts(before);
	const b = texts(after);
	const keys = [...new Set([...a.keys(), ...b.keys()])];
	return keys
		.filter(k => a.get(k) !== b.get(k))
		.map(k => {
			const [where, field] = k.split('\0') as [string, string];
			return { where, field, before: a.get(k) ?? '', after: b.get(k) ?? '' };
		});
}

/** Records by id (or by position, for a file without ids), as comparable text. */
function byId(records: readonly object[]): Map<string, string> {
	return new Map(
		records.map((r, i) => {
			const id = (r as { id?: unknown }).id;
			return [typeof id === 'string' ? id : `#${i}`, JSON.stringify(r)];
		})
	);
}

function downloadChanges(before: Dataset, after: Dataset): DownloadChange[] {
	return downloads()
		.map(d => {
			const a = byId(before[d.name]);
			const b = byId(after[d.name]);
			return {
				file: d.csv.replace(/\.csv$/, '.{csv,json}'),
				added: [...b.keys()].filter(k => !a.has(k)),
				removed: [...a.keys()].filter(k => !b.has(k)),
				changed: [...b.keys()].filter(k => a.has(k) && a.get(k) !== b.get(k))
			};
		})
		.filter(c => c.added.length + c.removed.length + c.changed.length > 0);
}

export function updateReport(before: Side, after: Side): UpdateReport {
	const was = placeholderResolver(before.dataset);
	const is = placeholderResolver(after.dataset);
	const names = [
		...new Set([...placeholderNames(before.rawCopy), ...placeholderNames(after.rawCopy)])
	].sort();
	return {
		placeholders: names
			.map(name => ({ name, before: was(name), after: is(name) }))
			.filter(c => c.before !== c.after),
		claims: failedClaims(after.dataset, after.rawCopy),
		text: textChanges(before.copy, after.copy),
		downloads: downloadChanges(before.dataset, after.dataset)
	};
}

/** The report as an editor reads it in a terminal. */
export function formatReport(r: UpdateReport, against: string): string {
	const lines: string[] = [`What the update changes, against ${against}:`, ''];
	const section = (title: string, rows: string[]) => {
		lines.push(`${title} (${rows.length})`);
		lines.push(...(rows.length > 0 ? rows.map(row => `  ${row}`) : ['  none']), '');
	};
	section(
		'Figures the copy cites',
		r.placeholders.map(p => `{${p.name}}: ${p.before ?? '(nothing)'} → ${p.after ?? '(nothing)'}`)
	);
	section(
		'Claims that no longer hold: rewrite the sentence, or fix the data',
		r.claims.map(c => `${c.where}: "${c.says}": ${c.problem}`)
	);
	section(
		'Text that changed',
		r.text.map(t => `${t.where} (${t.field}):\n    was: ${t.before}\n    now: ${t.after}`)
	);
	section(
		'Downloads that changed',
		r.downloads.map(
			d =>
				`${d.file}: ${[
					d.added.length ? `added ${d.added.join(', ')}` : '',
					d.removed.length ? `removed ${d.removed.join(', ')}` : '',
					d.changed.length ? `changed ${d.changed.join(', ')}` : ''
				]
					.filter(Boolean)
					.join('; ')}`
		)
	);
	return lines.join('\n');
}
