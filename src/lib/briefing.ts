/**
 * Briefing mode's keys: what each does to the step. Presentation clickers send PageDown and
 * PageUp (some send arrows); Space goes forward and Shift+Space back; Home and End jump to the
 * first and the last step. Pure.
 */

/** The step after pressing `key` at `index` of `count` steps, or null for a key that does nothing. */
export function stepForKey(
	key: string,
	shift: boolean,
	index: number,
	count: number
): number | null {
	const last = Math.max(0, count - 1);
	const clamp = (i: number) => Math.min(last, Math.max(0, i));
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return clamp(index + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return clamp(index - 1);
		case ' ':
			return clamp(index + (shift ? -1 : 1));
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return null;
	}
}

/**
 * The keys an embedded graphic answers: left and right only. Inside a host's article, Space,
 * PageUp/PageDown, the vertical arrows, Home and End belong to the reader scrolling the page.
 */
export const EMBED_KEYS: ReadonlySet<string> = new Set(['ArrowLeft', 'ArrowRight']);

/** "7 / 24": the counter a presenter and the room see. */
export function counter(index: number, count: number): string {
	return `${index + 1} / ${count}`;
}

/** What a key press came from, for deciding whether the page or the focused control handles it. */
export interface KeySource {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** Tag name of the focused element (upper case, as the DOM gives it), or null. */
	targetTag: string | null;
	/** Whether the focused element is editable (a text field or contenteditable). */
	targetEditable: boolean;
}

/** The parts of a keydown event that decide who handles it. */
export function keySource(event: {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	target: EventTarget | null;
}): KeySource {
	const target = event.target as { tagName?: unknown; isContentEditable?: unknown } | null;
	return {
		key: event.key,
		altKey: event.altKey,
		ctrlKey: event.ctrlKey,
		metaKey: event.metaKey,
		targetTag: typeof target?.tagName === 'string' ? target.tagName : null,
		targetEditable: target?.isContentEditable === true
	};
}

const ACTIVATES = new Set(['BUTTON', 'A', 'SUMMARY', 'SELECT']);

/**
 * Whether briefing mode should leave this key alone: shortcuts of the browser and the system
 * (with Alt, Ctrl or Meta), typing in a field, and Space or Enter on a focused control, which
 * presses that control (so a press of Space on "Next" moves one step, not two).
 */
export function leaveKeyAlone(source: KeySource): boolean {
	if (source.altKey || source.ctrlKey || source.metaKey) return true;
	if (source.targetEditable) return true;
	const tag = source.targetTag ?? '';
	if (tag === 'INPUT' || tag === 'TEXTAREA') return true;
	return (source.key === ' ' || source.key === 'Enter') && ACTIVATES.has(tag);
}

/** "12:07" or "1:02:07": time spent presenting, for the notes view. */
export function elapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const two = (n: number) => String(n).padStart(2, '0');
	return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/**
 * What the presentation window and the notes window tell each other (BroadcastChannel): the step
 * one of them moved to, or a hello from a window that just opened, which the other answers with
 * its step.
 */
export type BriefingMessage = { type: 'step'; id: string } | { type: 'hello' };

/** A message from the other window, or null for anything unexpected (other shapes, unknown steps). */
export function parseBriefingMessage(
	data: unknown,
	stepIds: readonly string[]
): BriefingMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, id } = data as { type?: unknown; id?: unknown };
	if (type === 'hello') return { type };
	if (type === 'step' && typeof id === 'string' && stepIds.includes(id)) return { type, id };
	return null;
}
