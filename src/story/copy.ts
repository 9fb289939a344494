/**
 * The story's copy (data/story.aml, written in ArchieML) checked and resolved into what the page
 * renders: every step names a known graphic and only state keys that graphic knows, ids are
 * unique, and every `{placeholder}` in the text is replaced by a figure from data/. Anything else
 * fails the build with a message naming the step and the field, like a bad data record does.
 *
 * Build-time only (valibot); the page imports the result from `virtual:story`.
 */
import * as v from 'valibot';
import { DataError, type DataProblem, idOf, issueProblem, showValue } from '../data/validate.ts';
import { isoDay, slug, text } from '../data/fields.ts';
import {
	GRAPHIC_IDS,
	GRAPHIC_VIEWS,
	type GraphicId,
	type GraphicViews
} from '../graphics/views.ts';
import { fillPlaceholders, type PlaceholderTable } from './placeholders.ts';

/** One step of the story: its text, the graphic it shows and that graphic's state. */
export type Step = {
	[K in GraphicId]: {
		id: string;
		graphic: K;
		view: GraphicViews[K];
		/** Paragraphs of the step's text, placeholders resolved. */
		text: string[];
		/** What the graphic shows at this step, for readers who can't see it. */
		alt: string;
	};
}[GraphicId];

/** The furniture of one graphic: its title, Source line and optional Note line. */
export interface GraphicCopy {
	id: GraphicId;
	title: string;
	source: string;
	note?: string;
}

export interface Copy {
	headline: string;
	dek: string;
	byline: string;
	/** Publication date, ISO (YYYY-MM-DD). */
	published: string;
	steps: Step[];
	graphics: Partial<Record<GraphicId, GraphicCopy>>;
}

const graphicId = v.picklist(GRAPHIC_IDS, `a graphic id: ${GRAPHIC_IDS.join(', ')}`);

const stepShape = v.strictObject(
	{
		id: slug,
		graphic: graphicId,
		text: text('the step text'),
		alt: text('alt text: what the graphic shows at this step'),
		state: v.optional(v.record(v.string(), v.string()), {})
	},
	'a step with only the keys id, graphic, text, alt and state.*'
);

const graphicShape = v.strictObject(
	{
		id: graphicId,
		title: text('a title'),
		source: text('a Source line'),
		note: v.optional(text('a Note line'))
	},
	'a graphic entry with only the keys id, title, source and note'
);

const copyShape = v.strictObject(
	{
		headline: text('a headline'),
		dek: text('a dek (the line under the headline)'),
		byline: text('a byline'),
		published: isoDay,
		graphics: v.array(graphicShape, 'a [graphics] list'),
		steps: v.pipe(v.array(v.unknown(), 'a [steps] list'), v.minLength(1, 'at least one step'))
	},
	'the top-level keys headline, dek, byline, published, [graphics] and [steps] only'
);

/** Checks the parsed ArchieML and resolves placeholders. Throws a DataError listing every problem. */
export function parseCopy(raw: unknown, table: PlaceholderTable, file = 'data/story.aml'): Copy {
	const problems: DataProblem[] = [];
	const at =
		(index: number | null, id: string | null) =>
		(field: string, expected: string, found: unknown) =>
			problems.push({ file, index, id, field, expected, found: showValue(found) });

	const top = v.safeParse(copyShape, raw);
	if (!top.success)
		throw new DataError(top.issues.map(issue => issueProblem(file, null, null, issue)));
	const fill = (s: string, report: Reporter, field: string) =>
		fillPlaceholders(s, table, key =>
			report(field, 'a placeholder that names a figure in data/', `{${key}}`)
		);

	const header = at(null, null);
	const copy: Copy = {
		headline: fill(top.output.headline, header, 'headline'),
		dek: fill(top.output.dek, header, 'dek'),
		byline: top.output.byline,
		published: top.output.published,
		graphics: {},
		steps: []
	};
	top.output.graphics.forEach((g, i) => {
		const report = at(i, g.id);
		copy.graphics[g.id] = {
			id: g.id,
			title: fill(g.title, report, 'graphics.title'),
			source: fill(g.source, report, 'graphics.source'),
			...(g.note ? { note: fill(g.note, report, 'graphics.note') } : {})
		};
	});
	const seen = new Map<string, number>();
	top.output.steps.forEach((rawStep, index) => {
		const step = parseStep(
			rawStep,
			{ file, index, problems, fill: (s, field) => fill(s, at(index, idOf(rawStep)), field) },
			seen
		);
		if (step) copy.steps.push(step);
	});
	for (const [index, step] of copy.steps.entries()) {
		if (!copy.graphics[step.graphic])
			at(index, step.id)(
				'graphic',
				`a [graphics] entry (title, source) for "${step.graphic}"`,
				undefined
			);
	}
	if (problems.length > 0) throw new DataError(problems);
	return copy;
}

type Reporter = (field: string, expected: string, found: unknown) => void;

interface StepContext {
	file: string;
	index: number;
	problems: DataProblem[];
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
	const view = v.safeParse(GRAPHIC_VIEWS[graphic], state);
	if (!view.success) {
		problems.push(...view.issues.map(issue => issueProblem(file, index, id, issue, 'state.')));
		return null;
	}
	return {
		id: shape.output.id,
		graphic,
		view: view.output,
		text: shape.output.text.split(/\n\s*\n/).map(p => ctx.fill(p.trim(), 'text')),
		alt: ctx.fill(shape.output.alt, 'alt')
	} as Step;
}
