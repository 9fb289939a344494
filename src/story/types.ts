/**
 * The story's types, as every layer above the data sees them: the copy (data/story.aml, checked
 * and resolved by ./copy.ts at build time), its steps, and the parts of it each page's script
 * receives. Types only: importing this module costs no bytes.
 */
import type { GraphicCopy as Furniture } from '../graphics/props.ts';
import type { GraphicId, GraphicView } from '../graphics/registry.ts';

/** The furniture of one graphic: its title, Source line and optional Note line. */
export type GraphicCopy = Furniture<GraphicId>;

/** What a step asks of the graphics: which one, in which state. */
export type StepState = {
	[K in GraphicId]: {
		id: string;
		graphic: K;
		view: GraphicView<K>;
	};
}[GraphicId];

/** A step's graphic and what it then shows. */
export type StepView = StepState & {
	/** What the graphic shows at this step, for readers who can't see it. */
	alt: string;
};

/** A step as readers meet it: its text, the graphic it shows and that graphic's state. */
export type StepText = StepView & {
	/** Paragraphs of the step's text, placeholders resolved. */
	text: string[];
};

/** One step of the story, with the presenter's notes. */
export type Step = StepText & {
	/** Presenter notes for briefing mode (paragraphs); not shown to readers. */
	notes: string[];
};

/** A section of the methodology ("How we did it"). */
export interface MethodSection {
	id: string;
	heading: string;
	text: string[];
}

export interface Correction {
	/** ISO date. */
	date: string;
	text: string;
}

export interface Copy {
	headline: string;
	dek: string;
	byline: string;
	/** Publication date, ISO (YYYY-MM-DD). */
	published: string;
	/** Date of the latest update, ISO; the same as `published` until the story is updated. */
	updated: string;
	/** Paragraphs before the scrollytelling. */
	intro: string[];
	steps: Step[];
	graphics: Partial<Record<GraphicId, GraphicCopy>>;
	method: MethodSection[];
	corrections: Correction[];
	/** Paragraphs of credits. */
	credits: string[];
}

/**
 * What the story page's script needs of the copy (`virtual:story-figures`): each step's graphic
 * and state, and the graphics' furniture. The text, alt text included, is in the prerendered
 * page, not in the script, so the script does not grow with the copy.
 */
export interface StoryFigures {
	steps: StepState[];
	graphics: Copy['graphics'];
}

/**
 * What an embed of one graphic needs of the copy (`virtual:story-graphic/<id>`): the story's
 * headline, the graphic's furniture and its steps with their text (no presenter notes).
 */
export interface StoryGraphic {
	headline: string;
	/** The story's dates, ISO: an embed shows the same dateline as the story. */
	published: string;
	updated: string;
	figure: GraphicCopy | undefined;
	steps: StepText[];
}
