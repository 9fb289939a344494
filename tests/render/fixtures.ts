/** The valid fixture dataset, parsed, for rendering graphics at a fixed size in Node. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../../src/data/dataset.ts';

const DIR = resolve(import.meta.dirname, '../fixtures/valid');

export const fixtures = parseDataset(file => readFileSync(resolve(DIR, file), 'utf8'));

/** The size every render snapshot is drawn at. */
export const SIZE = { width: 640, height: 400 } as const;
