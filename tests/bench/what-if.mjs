// What-if variants of the 4× scroll (`node tests/bench/bench.mjs --what-if a,b`): the same
// build, scrolled as built and with one thing taken away, to see what a kind of work costs
// before anyone builds a change around it. Each variant is a stylesheet added to the page and/or
// reduced motion; none changes the app. They are how README's "where the frames go" was measured.

/** Where a --what-if run writes its medians (not committed: tests/bench/out/ is ignored). */
export const WHAT_IF_FILE = 'tests/bench/out/what-if.json';

/** The marks' geometry, for a browser that interpolates it itself (CSS transitions). */
const GEOMETRY = 'cx, cy, r, x, y, width, height, opacity, fill-opacity, transform';
/**
 * Reduced motion zeroes every transition with `!important` (src/styles/base.css); a selector of
 * higher specificity, also `!important`, gives the graphics' marks theirs back.
 */
const INTERPOLATED = `html body [data-scrolly-graphic] svg :is(rect, circle, line, g) {
	transition-property: ${GEOMETRY} !important;
	transition-duration: 500ms !important;
	transition-timing-function: ease-in-out !important;
}`;

/**
 * @typedef {{ what: string, css?: string, reducedMotion?: boolean }} Variant
 * @type {Record<string, Variant>}
 */
export const WHAT_IF = {
	floor: {
		what: 'reduced motion: each step drawn at once, no transitions',
		reducedMotion: true
	},
	'not-painted': {
		what: "the graphics' SVG hidden (visibility): script, style and layout run, nothing painted",
		css: '[data-scrolly-graphic] svg { visibility: hidden !important; }'
	},
	'not-rendered': {
		what: "the graphics' SVG not rendered (display: none): the script still tweens every mark",
		css: '[data-scrolly-graphic] svg { display: none !important; }'
	},
	'browser-interpolated': {
		what:
			'no script per frame: reduced motion draws each step once and CSS transitions move ' +
			"the marks' geometry (text labels jump)",
		reducedMotion: true,
		css: INTERPOLATED
	}
};

/**
 * The variants named in `--what-if a,b`, or an error that lists the known ones.
 * @param {string} list
 * @returns {(Variant & { name: string })[]}
 */
export function whatIfVariants(list) {
	const names = list.split(',').filter(Boolean);
	const unknown = names.filter(n => !Object.hasOwn(WHAT_IF, n));
	if (unknown.length || !names.length)
		throw new Error(
			`--what-if wants names from ${Object.keys(WHAT_IF).join(', ')}; ` +
				(unknown.length ? `unknown: ${unknown.join(', ')}` : 'none given')
		);
	return names.map(name => ({ name, .../** @type {Variant} */ (WHAT_IF[name]) }));
}
