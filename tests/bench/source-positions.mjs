// Names a position in the built, minified JavaScript by its original file and line, through the
// hidden source maps the bench's build writes (`vite build --sourcemap hidden`: assets/*.js.map
// beside each chunk, linked from no page, so a reader never downloads them). A script without a
// map (a build made without them, or a file that is not ours) keeps its served path and
// generated line:column, which the report then shows as they are.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

/**
 * The original name of a function whose code starts here: V8 puts a function's position at its
 * parameters, and the mapping just before them is its name (`function onScroll(`, `flush(`,
 * `const report = () =>`). A function V8 found no name for in the built code (an arrow passed to a
 * call) had none in the source either: naming it after the nearest identifier would name the
 * callee instead.
 * @param {SourceMapConsumer} consumer
 * @param {{ source: string, line: number, column: number, name?: string | null }} original
 * @param {string} generatedName
 */
function originalName(consumer, original, generatedName) {
	if (!generatedName) return undefined;
	if (original.name) return original.name;
	const text =
		consumer.sourceContentFor(original.source, true)?.split('\n')[original.line - 1] ?? '';
	const here = /^[\w$#]+/.exec(text.slice(original.column))?.[0];
	if (here && here !== 'function' && here !== 'async') return here;
	// a function expression is named by what it is assigned to (`projection.scale = function (`)
	const target = /([\w$#]+)\s*[:=]\s*$/.exec(text.slice(0, original.column))?.[1];
	return target ?? generatedName;
}

/**
 * @param {string} siteDir  the folder the site is served from
 * @param {string} siteUrl  the address it is served at
 * @param {string} root  the project, to which original paths are made relative
 * @returns {(frame: { url: string, lineNumber: number, columnNumber: number, functionName: string }) =>
 *   { source: string, name?: string, mapped: boolean }}  a V8 profiler call frame (0-based)
 */
export function sourcePositions(siteDir, siteUrl, root) {
	/** @type {Map<string, { consumer: SourceMapConsumer, path: string } | null>} */
	const maps = new Map();
	/** @param {string} file */
	const mapFor = file => {
		if (!maps.has(file)) {
			const path = `${file}.map`;
			maps.set(
				file,
				existsSync(path)
					? { consumer: new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))), path }
					: null
			);
		}
		return maps.get(file);
	};
	return ({ url, lineNumber: line, columnNumber: column, functionName }) => {
		/** @param {string} where */
		const unmapped = where => ({ source: where, name: functionName || undefined, mapped: false });
		if (!url.startsWith(siteUrl)) return unmapped(`${url}:${line + 1}:${column + 1}`);
		const served = decodeURIComponent(
			new URL(url).pathname.slice(new URL(siteUrl).pathname.length)
		);
		const map = mapFor(resolve(siteDir, served));
		if (!map) return unmapped(`${served}:${line + 1}:${column + 1}`);
		// the mapping at or before the position (a function's name); failing that, the next one
		const at = (/** @type {number} */ bias) =>
			map.consumer.originalPositionFor({ line: line + 1, column, bias });
		let original = at(SourceMapConsumer.GREATEST_LOWER_BOUND);
		if (!original.source) original = at(SourceMapConsumer.LEAST_UPPER_BOUND);
		if (!original.source) return unmapped(`${served}:${line + 1}:${column + 1}`);
		// packages by their name, wherever node_modules is (here a link to another folder)
		const file = relative(root, resolve(dirname(map.path), original.source)).replace(
			/^.*node_modules\//,
			''
		);
		return {
			source: `${file}:${original.line}`,
			name: originalName(map.consumer, original, functionName),
			mapped: true
		};
	};
}
