/**
 * The story's copy (data/story.aml, written in ArchieML) checked and resolved into what the pages
 * render: every step names a known graphic and only state keys that graphic knows, ids are unique,
 * ids a step refers to exist in the data, and every `{placeholder}` is replaced by a figure from
 * data/. Anything else fails the build with a message naming the step and the field, like a bad
 * data record does.
 *
 * Build-time only (valibot); the pages import the result from `virtual:story`.
 */
import * as v from 'valibot';
import { DataError, type DataProblem, idOf, issueProblem, showValue } from '../data/validate.ts';
import { GRAPHICS, type GraphicId, type RecordPool } from '../graphics/registry.ts';
import { GRAPHIC_VIEWS } from '../graphics/views.ts';
import { copyShape, stepShape } from './copy-shape.ts';
import { fillPlaceholders, type Resolver } from './placeholders.ts';
import type { Copy, Step, StepState, StepText, StoryFigures, StoryGraphic } from './types.ts';

/** What an embed of one graphic needs of the copy: no presenter notes, no other graphic. */
export function storyGraphic(copy: Copy, id: GraphicId): StoryGraphic {
	return {
		headline: copy.headline,
		published: copy.published,
		updated: copy.updated,
		figure: copy.graphics[id],
		steps: copy.steps
			.filter(s => s.graphic === id)
			.map(({ notes: _notes, ...step }) => step as StepText)
	};
}

/** The figures of a copy. */
export function storyFigures(copy: Copy): StoryFigures {
	return {
		steps: copy.steps.map(({ id, graphic, view }) => ({ id, graphic, view }) as StepState),
		graphics: copy.graphics
	};
}

/** What the copy may refer to besides placeholders: ids that must exist in the data. */
export interface CopyContext {
	resolve: Resolver;
	/** Incident ids (data/exchange-hacks.json). */
	hackIds: ReadonlySet<string>;
	/** Launch-site ids (data/launch-sites.json). */
	siteIds: ReadonlySet<string>;
}

const paragraphs = (s: string | undefined): string[] =>
	s === undefined
		? []
		: s
				.split(/\n\s*\n/)
				.map(p => p.trim())
				.filter(Boolean);

/** Checks the parsed ArchieML and resolves placeholders. Throws a DataError listing every problem. */
export function parseCopy(raw: unknown, context: CopyContext, file = 'data/story.aml'): Copy {
	const top = v.safeParse(copyShape, raw);
	if (!top.success)
		throw new DataError(top.issues.map(issue => issueProblem(file, null, null, issue)));
	const problems: DataProblem[] = [];
	const filler = (index: number | null, id: string | null) => (s: string, field: string) =>
		fillPlaceholders(s, context.resolve, name =>
			problems.push({
				file,
				index,
				id,
				field,
				expected: 'a placeholder that names a figure in data/',
				found: showValue(`{${name}}`)
			})
		);
	const head = filler(null, null);
	const c = top.output;
	const copy: Copy = {
		headline: head(c.headline, 'headline'),
		dek: head(c.dek, 'dek'),
		byline: c.byline,
		published: c.published,
		updated: c.updated ?? c.published,
		intro: paragraphs(c.intro).map(p => head(p, 'intro')),
		graphics: {},
		steps: [],
		method: c.method.map((m, i) => ({
			id: m.id,
			heading: m.heading,
			text: paragraphs(m.text).map(p => filler(i, m.id)(p, 'method.text'))
		})),
		corrections: c.corrections.map(k => ({ date: k.date, text: head(k.text, 'corrections.text') })),
		credits: paragraphs(c.credits)
	};
	c.graphics.forEach((g, i) => {
		const fill = filler(i, g.id);
		copy.graphics[g.id] = {
			id: g.id,
			title: fill(g.title, 'graphics.title'),
			source: fill(g.source, 'graphics.source'),
			...(g.note ? { note: fill(g.note, 'graphics.note') } : {})
		};
	});
	const seen = new Map<string, number>();
	c.steps.forEach((rawStep, index) => {
		const step = parseStep(
			rawStep,
			{ file, index, problems, context, fill: filler(index, idOf(rawStep)) },
			seen
		);
		if (step) copy.steps.push(step);
	});
	copy.steps.forEach((step, index) => {
		if (!copy.graphics[step.graphic])
			problems.push({
				file,
				index,
				id: step.id,
				field: 'graphic',
				expected: `a [graphics] entry (title, source) for "${step.graphic}"`,
				found: 'none'
			});
	});
	if (copy.updated < copy.published)
		problems.push({
			file,
			index: null,
			id: null,
			field: 'updated',
			expected: `a date no earlier than published (${copy.published})`,
			found: showValue(copy.updated)
		});
	if (problems.length > 0) throw new DataError(problems);
	return copy;
}

interface StepContext {
	file: string;
	index: number;
	problems: DataProblem[];
	context: CopyContext;
	fill: (s: string, field: string) => string;
}

function parseStep(raw: unknown, ctx: StepContext, seen: Map<string, number>): Step | null {
	const { file, index, problems } = ctx;
	const id = idOf(raw);
	const shape = v.safeParse(stepShape, raw);
	if (!shape.success) {
		problems.push(...shape.issues.map(issue => issueProblem(file, index, id, issue)));
		return null;
	}
	const { graphic, state } = shape.output;
	const first = seen.get(shape.output.id);
	if (first !== undefined)
		problems.push({
			file,
			index,
			id,
			field: 'id',
			expected: `a unique step id (step ${first} already has it)`,
			found: showValue(id)
		});
	seen.set(shape.output.id, index);
	// state values may hold placeholders too (an annotation citing a figure)
	const filled = Object.fromEntries(
		Object.entries(state).map(([k, value]) => [k, ctx.fill(value, `state.${k}`)])
	);
	const view = v.safeParse(GRAPHIC_VIEWS[graphic], filled);
	if (!view.success) {
		problems.push(...view.issues.map(issue => issueProblem(file, index, id, issue, 'state.')));
		return null;
	}
	problems.push(...unknownReferences(graphic, view.output, ctx, id));
	return {
		id: shape.output.id,
		graphic,
		view: view.output,
		text: paragraphs(shape.output.text).map(p => ctx.fill(p, 'text')),
		alt: ctx.fill(shape.output.alt, 'alt'),
		notes: paragraphs(shape.output.notes).map(p => ctx.fill(p, 'notes'))
	} as Step;
}

/** Where the ids of each kind of record come from, and the file to name in a message. */
const POOLS: Record<RecordPool, { ids: (c: CopyContext) => ReadonlySet<string>; file: string }> = {
	incidents: { ids: c => c.hackIds, file: 'data/exchange-hacks.json' },
	sites: { ids: c => c.siteIds, file: 'data/launch-sites.json' }
};

/**
 * Ids a step's state names that are not in the data (an incident or a site that doesn't exist):
 * the keys that hold ids, and which records, are the graphic's `refers` in the registry.
 */
function unknownReferences(
	graphic: GraphicId,
	view: unknown,
	ctx: StepContext,
	id: string | null
): DataProblem[] {
	const refers: Readonly<Record<string, RecordPool>> = GRAPHICS[graphic].refers;
	return Object.entries(refers).flatMap(([key, poolName]) => {
		const pool = POOLS[poolName];
		const ids = pool.ids(ctx.context);
		const named = ((view as Record<string, unknown>)[key] as string[] | undefined) ?? [];
		return named
			.filter(name => !ids.has(name))
			.map(name => ({
				file: ctx.file,
				index: ctx.index,
				id,
				field: `state.${key}`,
				expected: `the id of a record in ${pool.file}`,
				found: showValue(name)
			}));
	});
}
