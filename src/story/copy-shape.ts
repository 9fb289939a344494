/**
 * The shape of data/story.aml as ArchieML parses it: the top-level keys and lists, and the keys of
 * a step, a graphic entry, a methodology section and a correction, each with the message a copy
 * editor reads when one is wrong. Build-time only (valibot); src/story/copy.ts applies them.
 */
import * as v from 'valibot';
import { isoDay, slug, text } from '../data/fields.ts';
import { GRAPHIC_IDS } from '../graphics/registry.ts';

const graphicId = v.picklist(GRAPHIC_IDS, `a graphic id: ${GRAPHIC_IDS.join(', ')}`);

export const stepShape = v.strictObject(
	{
		id: slug,
		graphic: graphicId,
		text: text('the step text'),
		alt: text('alt text: what the graphic shows at this step'),
		notes: v.optional(text('presenter notes')),
		state: v.optional(v.record(v.string(), v.string()), {})
	},
	'a step with only the keys id, graphic, text, alt, notes and state.*'
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

const methodShape = v.strictObject(
	{ id: slug, heading: text('a heading'), text: text('the section text') },
	'a methodology section with only the keys id, heading and text'
);

const correctionShape = v.strictObject(
	{ date: isoDay, text: text('what was corrected') },
	'a correction with only the keys date and text'
);

export const copyShape = v.strictObject(
	{
		headline: text('a headline'),
		dek: text('a dek (the line under the headline)'),
		byline: text('a byline'),
		published: isoDay,
		/** The date of the latest update; the page says "Updated" when it differs from `published`. */
		updated: v.optional(isoDay),
		intro: v.optional(text('the introduction')),
		graphics: v.array(graphicShape, 'a [graphics] list'),
		steps: v.pipe(v.array(v.unknown(), 'a [steps] list'), v.minLength(1, 'at least one step')),
		method: v.optional(v.array(methodShape, 'a [method] list'), []),
		corrections: v.optional(v.array(correctionShape, 'a [corrections] list'), []),
		credits: v.optional(text('the credits'))
	},
	'the top-level keys headline, dek, byline, published, updated, intro, credits and the lists [graphics], [steps], [method], [corrections] only'
);
