/**
 * A still as SVG, written by the browser from what it has laid out and painted: run in the page
 * (Playwright's `page.evaluate`), so it must stay self-contained (no imports, no outer names).
 *
 * The graphic's own SVGs are copied with every style resolved into the copy (the page's CSS uses
 * custom properties, scoped classes and media queries that a standalone file cannot carry); a
 * CSS transform on an SVG (the maps' land layer) becomes an SVG transform; clipping by an HTML
 * ancestor becomes a clip path. The HTML around them (the title, Source and Note lines, legends,
 * lists) becomes SVG text at the positions the browser set each line at, and boxes with a
 * background or border become rectangles. The font is embedded, so the file draws the same alone.
 */

export interface SnapshotOptions {
	/** The element to draw (its box is the SVG's canvas). */
	selector: string;
	/** @font-face rules with the font files as data: URLs. */
	fontCss: string;
	/** The still's title and description, for the SVG's <title> and <desc>. */
	title: string;
	desc: string;
}

export function svgSnapshot(options: SnapshotOptions): string {
	const SVG_NS = 'http://www.w3.org/2000/svg';
	const root = document.querySelector(options.selector);
	if (!root) throw new Error(`svg snapshot: nothing matches ${options.selector}`);
	const origin = root.getBoundingClientRect();
	const width = Math.round(origin.width);
	const height = Math.round(origin.height);
	const parts: string[] = [];
	const clips: string[] = [];

	const esc = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	const num = (n: number) => String(Math.round(n * 100) / 100);
	const visible = (color: string) =>
		color !== '' && color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);

	/**
	 * The styles an SVG still needs, each written only where it changes: an inherited property
	 * where it differs from the parent's, the others where they differ from their initial value.
	 */
	const INHERITED = [
		'fill',
		'fill-opacity',
		'fill-rule',
		'stroke',
		'stroke-width',
		'stroke-opacity',
		'stroke-dasharray',
		'stroke-dashoffset',
		'stroke-linecap',
		'stroke-linejoin',
		'font-family',
		'font-size',
		'font-weight',
		'font-style',
		'letter-spacing',
		'text-anchor',
		'dominant-baseline',
		'paint-order'
	];
	const OWN: Record<string, string> = { opacity: '1', 'vector-effect': 'none' };

	/** Opacity of an HTML element with its HTML ancestors' (SVG copies keep their own). */
	function htmlOpacity(el: Element): number {
		let o = 1;
		for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement)
			o *= Number(getComputedStyle(e).opacity);
		return o;
	}

	/** The box an HTML ancestor clips the element to (overflow other than visible), if any. */
	function clipOf(el: Element): DOMRect | null {
		let box: { l: number; t: number; r: number; b: number } | null = null;
		for (let e = el.parentElement; e; e = e.parentElement) {
			const cs = getComputedStyle(e);
			if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
				const r = e.getBoundingClientRect();
				box = box
					? {
							l: Math.max(box.l, r.left),
							t: Math.max(box.t, r.top),
							r: Math.min(box.r, r.right),
							b: Math.min(box.b, r.bottom)
						}
					: { l: r.left, t: r.top, r: r.right, b: r.bottom };
			}
			if (e === root) break;
		}
		return box ? new DOMRect(box.l, box.t, box.r - box.l, box.b - box.t) : null;
	}

	function clipAttr(el: Element): string {
		const box = clipOf(el);
		if (!box) return '';
		const id = `clip${clips.length}`;
		clips.push(
			`<clipPath id="${id}"><rect x="${num(box.left - origin.left)}" y="${num(box.top - origin.top)}" width="${num(box.width)}" height="${num(box.height)}"/></clipPath>`
		);
		return ` clip-path="url(#${id})"`;
	}

	/** A copy of one of the graphic's SVG elements, styles resolved. */
	function copySvg(svg: SVGSVGElement) {
		const clone = svg.cloneNode(true) as SVGSVGElement;
		const originals = [svg, ...svg.querySelectorAll('*')];
		const copies = [clone, ...clone.querySelectorAll('*')];
		originals.forEach((original, i) => {
			const copy = copies[i] as Element;
			const cs = getComputedStyle(original);
			const parent = original === svg ? null : getComputedStyle(original.parentElement!);
			const style = [
				...INHERITED.filter(
					p => !parent || cs.getPropertyValue(p) !== parent.getPropertyValue(p)
				).map(p => `${p}:${cs.getPropertyValue(p)}`),
				...Object.entries(OWN)
					.filter(([p, initial]) => cs.getPropertyValue(p) !== initial)
					.map(([p]) => `${p}:${cs.getPropertyValue(p)}`)
			].join(';');
			copy.removeAttribute('class');
			if (style) copy.setAttribute('style', style);
			else copy.removeAttribute('style');
			if (cs.display === 'none' || cs.visibility === 'hidden') copy.setAttribute('display', 'none');
			if (original !== svg && cs.transform !== 'none' && !original.hasAttribute('transform'))
				copy.setAttribute('transform', cs.transform);
			if (
				original instanceof SVGTextContentElement &&
				cs.textTransform === 'uppercase' &&
				original.children.length === 0
			)
				copy.textContent = (original.textContent ?? '').toUpperCase();
		});
		// where the SVG's own pixels land: its layout box (before a CSS transform), the transform,
		// then the viewBox's scale to the box
		const cs = getComputedStyle(svg);
		const m = new DOMMatrix(cs.transform === 'none' ? undefined : cs.transform);
		const r = svg.getBoundingClientRect();
		// a transformed SVG (the land) has its size in attributes; the others fill their box
		const moved = cs.transform !== 'none';
		const w = moved ? svg.width.baseVal.value : r.width;
		const h = moved ? svg.height.baseVal.value : r.height;
		const vb = svg.viewBox.baseVal;
		const sx = vb && vb.width ? w / vb.width : 1;
		const sy = vb && vb.height ? h / vb.height : 1;
		const x = r.left - origin.left;
		const y = r.top - origin.top;
		// shapes wholly outside what the still shows (the land of a zoomed-in map) are left out
		const clip = moved ? clipOf(svg) : null;
		if (clip)
			originals.forEach((original, i) => {
				if (!(original instanceof SVGGeometryElement)) return;
				// shapes that only define others (a clip, a pattern) are never drawn where they are
				if (original.closest('defs, clipPath, pattern, mask, marker, symbol')) return;
				const b = original.getBoundingClientRect();
				const outside =
					b.right < clip.left || b.left > clip.right || b.bottom < clip.top || b.top > clip.bottom;
				if (outside) (copies[i] as Element).remove();
			});
		// the paths' coordinates to a tenth of a pixel as drawn (finer where the layer is zoomed in)
		const places = m.a * sx > 2 ? 2 : 1;
		for (const path of clone.querySelectorAll('path')) {
			const d = path.getAttribute('d');
			if (d)
				path.setAttribute(
					'd',
					d.replace(/-?\d*\.\d+/g, n => String(Number(Number(n).toFixed(places))))
				);
		}
		const inner = new XMLSerializer()
			.serializeToString(clone)
			.replace(/^<svg[^>]*>/, '')
			.replace(/<\/svg>$/, '');
		const transform = `translate(${num(x)} ${num(y)}) scale(${num(m.a * sx)} ${num(m.d * sy)}) translate(${num(-(vb?.x ?? 0))} ${num(-(vb?.y ?? 0))})`;
		const rootStyle = clone.getAttribute('style') ?? '';
		parts.push(
			`<g${clipAttr(svg)}><g transform="${transform}" style="${esc(rootStyle)}">${inner}</g></g>`
		);
	}

	const baselines = new Map<string, number>();
	/** Where the baseline sits in a line of text of this font, as a share of the text's height. */
	function baselineShare(cs: CSSStyleDeclaration): number {
		const key = `${cs.fontFamily}|${cs.fontSize}|${cs.fontWeight}|${cs.fontStyle}`;
		const known = baselines.get(key);
		if (known !== undefined) return known;
		const probe = document.createElement('div');
		probe.style.cssText = `position:fixed;left:-9999px;top:0;white-space:nowrap;line-height:normal;font-family:${cs.fontFamily};font-size:${cs.fontSize};font-weight:${cs.fontWeight};font-style:${cs.fontStyle}`;
		const text = document.createTextNode('Hxg');
		const mark = document.createElement('span');
		mark.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
		probe.append(text, mark);
		document.body.append(probe);
		const range = document.createRange();
		range.selectNodeContents(text);
		const t = range.getBoundingClientRect();
		const share = (mark.getBoundingClientRect().bottom - t.top) / t.height;
		probe.remove();
		baselines.set(key, share);
		return share;
	}

	/** An HTML text node, line by line, at the positions the browser set it. */
	function copyText(node: Text) {
		const parent = node.parentElement;
		if (!parent) return;
		const cs = getComputedStyle(parent);
		const value = node.data;
		const words = [...value.matchAll(/\S+/g)];
		if (words.length === 0) return;
		const range = document.createRange();
		type Line = { start: number; end: number; left: number; top: number; height: number };
		const lines: Line[] = [];
		for (const w of words) {
			range.setStart(node, w.index);
			range.setEnd(node, w.index + w[0].length);
			const rect = range.getClientRects()[0];
			if (!rect || rect.width === 0) continue;
			const last = lines[lines.length - 1];
			if (last && Math.abs(last.top - rect.top) < rect.height / 2) last.end = w.index + w[0].length;
			else
				lines.push({
					start: w.index,
					end: w.index + w[0].length,
					left: rect.left,
					top: rect.top,
					height: rect.height
				});
		}
		const share = baselineShare(cs);
		const opacity = htmlOpacity(parent);
		const upper = cs.textTransform === 'uppercase';
		const font = `font-family:${cs.fontFamily};font-size:${cs.fontSize};font-weight:${cs.fontWeight};font-style:${cs.fontStyle};letter-spacing:${cs.letterSpacing === 'normal' ? '0' : cs.letterSpacing}`;
		const clip = clipAttr(parent);
		for (const line of lines) {
			let text = value.slice(line.start, line.end).replace(/\s+/g, ' ');
			if (upper) text = text.toUpperCase();
			const y = line.top - origin.top + line.height * share;
			parts.push(
				`<text${clip} x="${num(line.left - origin.left)}" y="${num(y)}" fill="${cs.color}"${opacity < 1 ? ` opacity="${num(opacity)}"` : ''} style="${esc(font)};white-space:pre">${esc(text)}</text>`
			);
		}
	}

	/** An HTML box's background and border, as a rectangle. */
	function copyBox(el: Element, cs: CSSStyleDeclaration) {
		const r = el.getBoundingClientRect();
		if (r.width < 1 || r.height < 1) return;
		const fill = visible(cs.backgroundColor) ? cs.backgroundColor : 'none';
		const bw = parseFloat(cs.borderTopWidth);
		const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
		const uniform =
			bw > 0 &&
			cs.borderTopStyle !== 'none' &&
			visible(cs.borderTopColor) &&
			sides.every(
				s =>
					cs.getPropertyValue(`border-${s.toLowerCase()}-width`) === cs.borderTopWidth &&
					cs.getPropertyValue(`border-${s.toLowerCase()}-color`) === cs.borderTopColor
			);
		const x = r.left - origin.left;
		const y = r.top - origin.top;
		const rx = parseFloat(cs.borderTopLeftRadius) || 0;
		const opacity = htmlOpacity(el);
		const op = opacity < 1 ? ` opacity="${num(opacity)}"` : '';
		if (fill !== 'none' || uniform) {
			const stroke = uniform
				? ` stroke="${cs.borderTopColor}" stroke-width="${num(bw)}"${cs.borderTopStyle === 'dashed' ? ` stroke-dasharray="${num(bw * 3)} ${num(bw * 2)}"` : ''}`
				: '';
			const inset = uniform ? bw / 2 : 0;
			parts.push(
				`<rect${clipAttr(el)} x="${num(x + inset)}" y="${num(y + inset)}" width="${num(r.width - 2 * inset)}" height="${num(r.height - 2 * inset)}" rx="${num(Math.min(rx, r.width / 2, r.height / 2))}" fill="${fill}"${stroke}${op}/>`
			);
		}
		if (uniform) return;
		// borders on some sides only (a rule above a footer, a coloured left edge)
		for (const side of sides) {
			const w = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
			const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
			const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
			if (!(w > 0) || style === 'none' || !visible(color)) continue;
			const [x1, y1, x2, y2] =
				side === 'Top'
					? [x, y + w / 2, x + r.width, y + w / 2]
					: side === 'Bottom'
						? [x, y + r.height - w / 2, x + r.width, y + r.height - w / 2]
						: side === 'Left'
							? [x + w / 2, y, x + w / 2, y + r.height]
							: [x + r.width - w / 2, y, x + r.width - w / 2, y + r.height];
			parts.push(
				`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${color}" stroke-width="${num(w)}"${op}/>`
			);
		}
	}

	function walk(node: Node) {
		if (node.nodeType === Node.TEXT_NODE) {
			copyText(node as Text);
			return;
		}
		if (!(node instanceof Element)) return;
		const cs = getComputedStyle(node);
		if (cs.display === 'none' || cs.visibility === 'hidden') return;
		const r = node.getBoundingClientRect();
		// visually hidden text (1px, clipped) is for assistive tech, not the picture
		if (r.width <= 1 && r.height <= 1 && cs.position === 'absolute') return;
		if (node instanceof SVGSVGElement) {
			copySvg(node);
			return;
		}
		if (node !== root) copyBox(node, cs);
		for (const child of node.childNodes) walk(child);
	}

	const page = getComputedStyle(document.body).backgroundColor;
	const background = visible(page)
		? page
		: getComputedStyle(document.documentElement).backgroundColor;
	walk(root);
	return [
		`<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="still-title still-desc">`,
		`<title id="still-title">${esc(options.title)}</title>`,
		`<desc id="still-desc">${esc(options.desc)}</desc>`,
		`<style>${options.fontCss}</style>`,
		`<defs>${clips.join('')}</defs>`,
		`<rect width="${width}" height="${height}" fill="${background}"/>`,
		...parts,
		'</svg>'
	].join('\n');
}
