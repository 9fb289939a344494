/**
 * data/events.json: dated events the story refers to (the end of the UN panel, the MSMT's launch,
 * the FBI's Bybit attribution), with any figures they carry (votes, member states) as numbers, so
 * the copy can cite them without typing them.
 */
import * as v from 'valibot';
import { count, isoPartialDate, slug, sources, text, verification } from '../fields.ts';

export const storyEvent = v.strictObject(
	{
		id: slug,
		date: isoPartialDate,
		title: text('what happened, in a sentence'),
		detail: v.optional(text('more detail')),
		/** Named counts the event carries, e.g. { "states": 11 }. */
		figures: v.optional(
			v.record(v.pipe(v.string(), v.regex(/^[a-zA-Z]+$/, 'a figure name of letters only')), count)
		),
		verification,
		sources
	},
	'an event with only the documented fields'
);

export type StoryEvent = v.InferOutput<typeof storyEvent>;
