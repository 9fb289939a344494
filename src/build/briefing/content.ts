/**
 * What the briefing pack says, gathered once for the slides and the handout, so the two cannot
 * disagree with each other or with the story: the copy as the pages render it (placeholders
 * filled), the stills of the steps, the dates the data runs through, and every cited source.
 * Nothing here is typed in: each string comes from the copy, the data or the stills' manifest.
 * Pure; src/build/briefing/plugin.ts reads the files.
 */
import type { Source } from '../../data/fields.ts';
import { apDate } from '../../lib/format.ts';
import type { Copy, MethodSection } from '../../story/types.ts';
import type { Resolver } from '../../story/placeholders.ts';
import type { Still, StillsManifest } from './manifest.ts';

export interface PackStep {
	id: string;
	/** 1-based, for "3 / 33". */
	number: number;
	/** The graphic's title, Source line and Note line, as the still shows them. */
	title: string;
	source: string;
	note: string | null;
	/** Paragraphs. */
	text: string[];
	notes: string[];
	alt: string;
	still: Still;
}

export interface Briefing {
	headline: string;
	dek: string;
	byline: string;
	/** "Published Nov. 21, 2026 · Updated Nov. 30, 2026" (the update only once there is one). */
	dateline: string;
	/** "Data through: …", from the figures the copy may cite. */
	through: string;
	steps: PackStep[];
	method: MethodSection[];
	/** The corrections log, "Nov. 30, 2026: …". */
	corrections: string[];
	credits: string[];
	sources: Source[];
}

/** The same dates as the page's dateline (src/surfaces/shared/Dateline.svelte). */
export function dateline(published: string, updated: string): string {
	const first = `Published ${apDate(published)}`;
	return updated === published ? first : `${first} · Updated ${apDate(updated)}`;
}

/** The placeholders that say through when each dataset runs (src/story/placeholders.ts). */
const THROUGH = [
	['thefts', 'hacks.through'],
	['yearly theft estimates', 'theft.through'],
	['missile launches', 'launches.latest']
] as const;

export function throughLine(resolve: Resolver): string {
	const parts = THROUGH.map(([what, name]) => {
		const value = resolve(name);
		if (value === undefined)
			throw new Error(`briefing pack: the placeholder {${name}} names nothing`);
		return `${what}, ${value}`;
	});
	return `Data through: ${parts.join('; ')}.`;
}

/**
 * Pairs each step of the copy with its still; a step without one, or stills in another order,
 * means the stills were made from other copy, and fails the build.
 */
function stillsByStep(copy: Copy, manifest: StillsManifest): Still[] {
	const byId = new Map(manifest.stills.map(s => [s.step, s]));
	const missing = copy.steps.filter(s => !byId.has(s.id)).map(s => s.id);
	if (missing.length > 0)
		throw new Error(
			`briefing pack: no still in the stills manifest for step ${missing.join(', ')}`
		);
	const order = manifest.stills.map(s => s.step).filter(id => copy.steps.some(s => s.id === id));
	const expected = copy.steps.map(s => s.id);
	if (order.join() !== expected.join())
		throw new Error(
			`briefing pack: the stills manifest lists the steps in another order than the copy (${order.join(', ')})`
		);
	return copy.steps.map(s => byId.get(s.id) as Still);
}

export function briefingContent(
	copy: Copy,
	manifest: StillsManifest,
	resolve: Resolver,
	sources: Source[]
): Briefing {
	const stills = stillsByStep(copy, manifest);
	return {
		headline: copy.headline,
		dek: copy.dek,
		byline: copy.byline,
		dateline: dateline(copy.published, copy.updated),
		through: throughLine(resolve),
		steps: copy.steps.map((step, i) => {
			const figure = copy.graphics[step.graphic];
			if (!figure)
				throw new Error(
					`briefing pack: step ${step.id} shows ${step.graphic}, which has no [graphics] entry`
				);
			return {
				id: step.id,
				number: i + 1,
				title: figure.title,
				source: figure.source,
				note: figure.note ?? null,
				text: step.text,
				notes: step.notes,
				alt: step.alt,
				still: stills[i] as Still
			};
		}),
		method: copy.method,
		corrections: copy.corrections.map(c => `${apDate(c.date)}: ${c.text}`),
		credits: copy.credits,
		sources
	};
}
