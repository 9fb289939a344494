/**
 * Each graphic's registry row names the datasets its chunk draws, so the part loader fetches
 * them beside the chunk (src/story/parts.svelte.ts) rather than after it: the row must match what
 * its part.ts imports from src/data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAMES } from '../../../src/data/files.ts';
import { GRAPHIC_IDS, GRAPHICS } from '../../../src/graphics/registry.ts';

const SRC = resolve(import.meta.dirname, '../../../src/graphics');

/** The names a part.ts imports from src/data/index.ts that are datasets. */
function importedDatasets(id: string): string[] {
	const code = readFileSync(resolve(SRC, id, 'part.ts'), 'utf8');
	const names = [...code.matchAll(/import \{([^}]*)\} from '\.\.\/\.\.\/data\/index\.ts'/g)]
		.flatMap(m => m[1]!.split(','))
		.map(n => n.trim())
		.filter(n => n in DATA_FILE_NAMES);
	return names.sort();
}

describe('the registry’s datasets', () => {
	for (const id of GRAPHIC_IDS)
		it(`${id}: its row names the datasets its part.ts imports`, () => {
			const imported = importedDatasets(id);
			expect(imported.length).toBeGreaterThan(0);
			expect([...GRAPHICS[id].datasets].sort()).toEqual(imported);
		});
});
