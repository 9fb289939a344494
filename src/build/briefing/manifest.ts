/**
 * The stills the briefing pack is made of: `dist/stills/manifest.json`, written by the stills step
 * of the site build (issue 14), one entry per story step in story order, with its files relative to
 * dist/. The pack reads it here and nowhere else. Its absence, or a shape the pack cannot use, fails
 * the build with a message that says so: a pack without its graphics must not ship.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';

export const MANIFEST = 'stills/manifest.json';

const file = v.pipe(v.string(), v.minLength(1));

const still = v.object({
	step: file,
	graphic: file,
	title: v.string(),
	alt: v.string(),
	source: v.string(),
	note: v.nullable(v.string()),
	width: v.number(),
	height: v.number(),
	files: v.object({
		png: file,
		png2x: file,
		svg: file,
		dark: v.object({ png: file, svg: file })
	})
});

const manifest = v.object({ width: v.number(), stills: v.array(still) });

export type Still = v.InferOutput<typeof still>;
export type StillsManifest = v.InferOutput<typeof manifest>;

/** Checks a parsed manifest; throws naming the first field that is wrong. */
export function parseManifest(value: unknown, where = MANIFEST): StillsManifest {
	const result = v.safeParse(manifest, value);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const path = issue.path?.map(p => String(p.key)).join('.') ?? '';
	throw new Error(
		`briefing pack: ${where}${path ? `, field "${path}"` : ''}: expected ${issue.expected ?? 'a valid value'}, found ${issue.received}`
	);
}

/** Reads `<outDir>/stills/manifest.json`; a missing file says which step makes it. */
export function readManifest(outDir: string): StillsManifest {
	const path = join(outDir, MANIFEST);
	if (!existsSync(path))
		throw new Error(
			`briefing pack: ${path} is missing. The slides and the handout are made of the stills, which the stills step of the site build writes (its plugin must run before the briefing plugin, in vite.config.ts).`
		);
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(path, 'utf8'));
	} catch (err) {
		throw new Error(`briefing pack: ${path} is not JSON: ${(err as Error).message}`);
	}
	return parseManifest(parsed, path);
}
