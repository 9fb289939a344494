/**
 * Finds the words of the copy that rank or compare ("largest", "record", "most", "first", "so
 * far"…) and are neither computed by a placeholder nor pinned by a claim: a superlative typed
 * into the copy that a data update could make false without any test noticing.
 */
import type { Claim } from '../../../src/story/claims/index.ts';

/**
 * Words that rank, compare or date a series: "largest", "the most", "most of", "a record",
 * "dwarfs", "so far", "first" (not "first half"), "last", "ever", "no other". "Record" as a noun
 * (the database's records) and quoted words are not rankings.
 */
const RANKING =
	/\b(largest|biggest|smallest|busiest|highest|lowest|fewest|dwarfs?|the most|most of|most ever|(?:a|hit) records?|(?:the )?record (?:year|month|theft)|on record|so far|first(?! half)|last|ever|no other)\b/gi;

/** Placeholder names that compute a ranking: the word next to them is the data's, not typed. */
const COMPUTED = /\{[a-z0-9.-]*(?:\.rank|largest|record-month|through|latest|first)[a-z0-9.|-]*\}/i;

/** Fields of the copy that readers or presenters read, one place a line ("id: …" starts a step). */
const PROSE =
	/^(dek|headline|text|alt|notes|note|title|heading|state\.(?:note|windowlabel)):\s?(.*)$/;

/** "where: "sentence" (words)" for each sentence that holds an unpinned ranking word. */
export function superlatives(raw: string, claims: readonly Claim[]): string[] {
	const found: string[] = [];
	let where = 'top';
	let field: string | null = null;
	let corrections = false;
	for (const line of raw.split('\n')) {
		// the corrections log quotes what the copy used to say
		if (line.startsWith('[')) corrections = line.startsWith('[corrections]');
		if (corrections) continue;
		const id = /^id:\s*(\S+)/.exec(line);
		if (id) {
			where = id[1]!;
			field = null;
			continue;
		}
		const start = PROSE.exec(line);
		if (start) field = start[1]!;
		else if (/^[a-z.]+:/.test(line) || line.startsWith('[')) field = null;
		if (field === null) continue;
		const text = start ? start[2]! : line;
		for (const sentence of text.split(/(?<=[.!?])\s+/)) {
			const unquoted = sentence.replace(/"[^"]*"/g, '');
			const words = [...unquoted.matchAll(RANKING)].map(m => m[0].toLowerCase());
			if (words.length === 0 || COMPUTED.test(sentence)) continue;
			const pinned = claims.some(c => sentence.includes(c.says) || c.says.includes(sentence));
			if (!pinned) found.push(`${where}: "${sentence.trim()}" (${words.join(', ')})`);
		}
	}
	return found;
}
