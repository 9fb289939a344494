/**
 * Reads an embed URL's query (`?graphic=<id>&step=<step-id>`) into what the embed shows, or into a
 * message a newsroom producer can act on. Pure; never throws, whatever the URL holds.
 */

import { quote } from './url-values.ts';

export interface EmbedStepRef {
	id: string;
	graphic: string;
}

export type EmbedParams =
	{ ok: true; graphic: string; step: string | null } | { ok: false; message: string };

export function parseEmbedParams(
	search: string,
	graphics: readonly string[],
	steps: readonly EmbedStepRef[]
): EmbedParams {
	const params = new URLSearchParams(search);
	const graphic = params.get('graphic');
	if (!graphic) {
		return {
			ok: false,
			message: `This embed needs a graphic: add ?graphic= with one of ${graphics.join(', ')}.`
		};
	}
	if (!graphics.includes(graphic)) {
		return {
			ok: false,
			message: `There is no graphic called ${quote(graphic)}. Use one of ${graphics.join(', ')}.`
		};
	}
	const step = params.get('step');
	if (step === null) return { ok: true, graphic, step: null };
	const own = steps.filter(s => s.graphic === graphic).map(s => s.id);
	if (!own.includes(step)) {
		return {
			ok: false,
			message: `The graphic ${quote(graphic)} has no step called ${quote(step)}. Its steps are ${own.join(', ')}.`
		};
	}
	return { ok: true, graphic, step };
}
