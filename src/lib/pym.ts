/**
 * The pym.js message format, so an existing `new pym.Parent(...)` embed code sizes our iframe:
 * `pymxPYMx<id>xPYMx<type>xPYMx<value>`. The id is the `childId` pym.Parent puts in the iframe's
 * URL. Pure.
 */
const DELIMITER = 'xPYMx';

export function pymMessage(id: string, type: string, value: string): string {
	return ['pym', id, type, value].join(DELIMITER);
}

/** A message for this child, or null for anything else (other ids, other shapes, non-strings). */
export function parsePymMessage(data: unknown, id: string): { type: string; value: string } | null {
	if (typeof data !== 'string' || data.length > 500) return null;
	const parts = data.split(DELIMITER);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id || !/^\S+$/.test(parts[2] ?? ''))
		return null;
	return { type: parts[2] as string, value: parts[3] as string };
}
