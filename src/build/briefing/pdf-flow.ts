/**
 * A column of content flowing down the pages of a PDF: wrapped text drawn line by line in the
 * handout's faces (real text: selectable, searchable), blocks kept together, links, and a new page
 * when the next thing does not fit. pdf-lib places every line itself; this is the little of a
 * typesetter the handout needs. Node only.
 */
import { PDFString, rgb, type PDFDocument, type PDFPage, type RGB } from 'pdf-lib';
import type { PdfFace } from './fonts.ts';
import { wrapText } from './wrap.ts';

export interface TextStyle {
	face: PdfFace;
	size: number;
	/** Baseline to baseline. */
	leading: number;
	color: RGB;
}

/** The page's box, in points from the bottom left (PDF coordinates). */
export interface Frame {
	/** Page size. */
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The light theme's ink, muted ink, link and rule colours (src/styles/tokens.css). */
export const INK = rgb(0x1a / 255, 0x1a / 255, 0x1a / 255);
export const MUTED = rgb(0x59 / 255, 0x59 / 255, 0x59 / 255);
export const LINK = rgb(0x0a / 255, 0x58 / 255, 0xca / 255);
export const RULE = rgb(0xd6 / 255, 0xd6 / 255, 0xd6 / 255);

/** Draws one line of text with its baseline at y, run by run (a character missing from the first
 * font of the face comes from a fallback). */
export function drawLine(page: PDFPage, text: string, x: number, y: number, style: TextStyle) {
	let at = x;
	for (const run of style.face.runs(text)) {
		page.drawText(run.text, { x: at, y, size: style.size, font: run.font, color: style.color });
		at += run.font.widthOfTextAtSize(run.text, style.size);
	}
}

/** A link annotation over a box of the page (the handout's addresses are clickable on screen). */
export function addLink(
	page: PDFPage,
	box: { x: number; y: number; width: number; height: number },
	url: string
) {
	const { context } = page.doc;
	const link = context.register(
		context.obj({
			Type: 'Annot',
			Subtype: 'Link',
			Rect: [box.x, box.y, box.x + box.width, box.y + box.height],
			Border: [0, 0, 0],
			A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) }
		})
	);
	page.node.addAnnot(link);
}

/**
 * Content flowing down the page's columns (one unless `columns` says otherwise), then onto new
 * pages. Coordinates are PDF points from the bottom left; `y` is the top of what comes next.
 */
export class Flow {
	readonly pages: PDFPage[] = [];
	y = 0;
	page!: PDFPage;
	private count = 1;
	private gutter = 0;
	private column = 0;
	/** Where the columns start on this page (below a heading that spans them). */
	private columnTop = 0;

	constructor(
		readonly doc: PDFDocument,
		readonly frame: Frame
	) {}

	/** The width of a column. */
	get width(): number {
		return (this.frame.right - this.frame.left - (this.count - 1) * this.gutter) / this.count;
	}

	/** The left edge of the current column. */
	get x(): number {
		return this.frame.left + this.column * (this.width + this.gutter);
	}

	/** From here on, `count` columns `gutter` apart (1: the whole width). */
	columns(count: number, gutter = 0): void {
		this.count = count;
		this.gutter = gutter;
		this.column = 0;
		this.columnTop = this.y;
	}

	newPage(): PDFPage {
		this.page = this.doc.addPage([this.frame.width, this.frame.height]);
		this.pages.push(this.page);
		this.y = this.columnTop = this.frame.top;
		this.column = 0;
		return this.page;
	}

	/** Room left in the current column. */
	get room(): number {
		return this.y - this.frame.bottom;
	}

	/** Moves to the next column, or page, unless `height` fits here. */
	ensure(height: number): void {
		if (this.pages.length > 0 && height <= this.room) return;
		if (this.pages.length > 0 && this.column < this.count - 1) {
			this.column += 1;
			this.y = this.columnTop;
		} else this.newPage();
	}

	space(height: number): void {
		this.y -= height;
	}

	/** The lines of a paragraph at the column's width (or `width`). */
	lines(text: string, style: TextStyle, width = this.width): string[] {
		return wrapText(text, width, s => style.face.width(s, style.size));
	}

	/** The height of a paragraph at the column's width (or `width`). */
	height(text: string, style: TextStyle, width = this.width): number {
		return this.lines(text, style, width).length * style.leading;
	}

	/**
	 * Draws a paragraph, breaking to the next column or page between lines when it must; its first
	 * `keep` lines stay together. `width` narrows the measure; `link` makes every line a link.
	 */
	paragraph(
		text: string,
		style: TextStyle,
		options: { keep?: number; link?: string; width?: number } = {}
	): void {
		const lines = this.lines(text, style, options.width ?? this.width);
		this.ensure(Math.min(lines.length, options.keep ?? 1) * style.leading);
		for (const line of lines) {
			this.ensure(style.leading);
			this.y -= style.leading;
			// the baseline sits a descent above the bottom of the line's half-leading
			drawLine(
				this.page,
				line,
				this.x,
				this.y + (style.leading - style.size) / 2 + style.size * 0.22,
				style
			);
			if (options.link)
				addLink(
					this.page,
					{
						x: this.x,
						y: this.y,
						width: style.face.width(line, style.size),
						height: style.leading
					},
					options.link
				);
		}
	}

	/** A thin rule across the column. */
	rule(): void {
		this.page.drawLine({
			start: { x: this.x, y: this.y },
			end: { x: this.x + this.width, y: this.y },
			thickness: 0.5,
			color: RULE
		});
	}
}
