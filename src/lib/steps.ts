/**
 * Which step is active, from where the steps are. Pure, so the rule can be tested without a
 * browser: the story's picture is a function of this index and nothing else.
 */

/**
 * The active step: the last one whose top edge has passed the trigger line (`triggerY`, pixels from
 * the top of the viewport), or the first step when none has yet.
 */
export function activeIndex(tops: readonly number[], triggerY: number): number {
	let active = 0;
	tops.forEach((top, i) => {
		if (top <= triggerY) active = i;
	});
	return active;
}

/** The step a URL hash (`#theft-2018`) points at, or null when it names none of `ids`. */
export function stepIndexFromHash(hash: string, ids: readonly string[]): number | null {
	if (!hash.startsWith('#') || hash.length > 200) return null;
	let id: string;
	try {
		id = decodeURIComponent(hash.slice(1));
	} catch {
		return null;
	}
	const index = ids.indexOf(id);
	return index < 0 ? null : index;
}
