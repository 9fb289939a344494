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
 * Runs in the page (a `script` variant): while a graphic moves, paints its hidden SVG's marks on a
 * canvas laid over it, every frame, by walking the SVG's elements (rect, circle, line, path, text,
 * tspan; a group's opacity and translate), in flat colours with no style read: what drawing the
 * moving frames outside the SVG would cost, an estimate from below of a canvas renderer.
 */
function paintOnCanvas() {
	const canvases = new WeakMap();
	const paths = new Map();
	const SKIP = new Set(['defs', 'clipPath', 'pattern', 'title', 'desc', 'style']);
	/** @type {(el: Element, name: string) => number} */
	const num = (el, name) => Number(el.getAttribute(name)) || 0;
	const translate = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)/;
	/**
	 * @param {CanvasRenderingContext2D} ctx
	 * @param {Element} el
	 */
	function draw(ctx, el) {
		const tag = el.localName;
		if (SKIP.has(tag)) return;
		const opacity = el.getAttribute('opacity');
		const transform = el.getAttribute('transform');
		ctx.save();
		if (opacity !== null) ctx.globalAlpha *= Number(opacity);
		const t = transform && translate.exec(transform);
		if (t) ctx.translate(Number(t[1]), Number(t[2]));
		if (tag === 'rect')
			ctx.fillRect(num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height'));
		else if (tag === 'circle') {
			ctx.beginPath();
			ctx.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI);
			ctx.fill();
			ctx.stroke();
		} else if (tag === 'line') {
			ctx.beginPath();
			ctx.moveTo(num(el, 'x1'), num(el, 'y1'));
			ctx.lineTo(num(el, 'x2'), num(el, 'y2'));
			ctx.stroke();
		} else if (tag === 'path') {
			const d = el.getAttribute('d') ?? '';
			let path = paths.get(d);
			if (!path) paths.set(d, (path = new Path2D(d)));
			ctx.fill(path);
			ctx.stroke(path);
		} else if (tag === 'text' || tag === 'tspan') {
			const anchor = el.getAttribute('text-anchor') ?? 'start';
			ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
			const text = [...el.childNodes]
				.filter(n => n.nodeType === 3)
				.map(n => n.textContent)
				.join('');
			if (text.trim()) {
				const x = num(el, 'x');
				const y = num(el, 'y') + num(el, 'dy');
				ctx.strokeText(text, x, y);
				ctx.fillText(text, x, y);
			}
		}
		for (const child of el.children) draw(ctx, child);
		ctx.restore();
	}
	function frame() {
		for (const graphic of document.querySelectorAll('[data-scrolly-graphic] .graphic')) {
			const svg = /** @type {SVGSVGElement | null} */ (graphic.querySelector(':scope > svg'));
			if (!svg) continue;
			let c = canvases.get(graphic);
			if (!c) {
				const canvas = document.createElement('canvas');
				canvas.style.cssText =
					'position:absolute;inset:0;width:100%;height:100%;pointer-events:none';
				const { width, height } = graphic.getBoundingClientRect();
				canvas.width = Math.round(width * devicePixelRatio);
				canvas.height = Math.round(height * devicePixelRatio);
				graphic.append(canvas);
				c = { canvas, ctx: canvas.getContext('2d'), step: undefined };
				canvases.set(graphic, c);
			}
			const settled = graphic.getAttribute('data-settled-step');
			if (settled !== null && settled === c.step) continue;
			c.step = settled;
			const { canvas, ctx } = c;
			const box = svg.viewBox.baseVal;
			ctx.setTransform(
				canvas.width / (box.width || 1),
				0,
				0,
				canvas.height / (box.height || 1),
				0,
				0
			);
			ctx.clearRect(0, 0, box.width, box.height);
			ctx.fillStyle = '#7a8590';
			ctx.strokeStyle = '#fff';
			ctx.lineWidth = 1;
			ctx.font = '12px sans-serif';
			draw(ctx, svg);
		}
		requestAnimationFrame(frame);
	}
	document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(frame));
}

/**
 * @typedef {{ what: string, css?: string, reducedMotion?: boolean, script?: () => void }} Variant
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
	'canvas-drawn': {
		what:
			"the graphics' SVG not rendered, and a page script paints its marks on a canvas on " +
			'each frame of a transition (flat colours: a canvas renderer, estimated from below)',
		css: '[data-scrolly-graphic] .graphic > svg { display: none !important; }',
		script: paintOnCanvas
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
