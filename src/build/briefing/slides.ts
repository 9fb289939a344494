/**
 * The slides: `briefing/<slug>.pptx`, 16:9, made with pptxgenjs. A title slide (headline, dek,
 * byline, dates, what the data runs through); one slide per step, with the step's still as large
 * as the slide allows, its text as a caption beside it and its Source line, and its presenter notes
 * as the slide's speaker notes; then how we did it and every source with its address, flowed over
 * as many slides as they need. Text is Arial (pptxgenjs embeds no font), measured in the wider
 * DejaVu Sans so it fits in whichever font the office suite has (./fonts.ts). Node only.
 */
import PptxGenJS from 'pptxgenjs';
import type { Briefing, PackStep } from './content.ts';
import { slideMeasure, type Weight } from './fonts.ts';
import { readPng } from './png.ts';
import { sourceText } from './sources.ts';
import { wrapText } from './wrap.ts';

/** LAYOUT_WIDE, in inches. */
const SLIDE = { width: 13.333, height: 7.5 };
const MARGIN = 0.45;
const FONT = 'Arial';
/** The light theme's ink, muted ink and link colours (src/styles/tokens.css). */
const INK = '1A1A1A';
const MUTED = '595959';
const LINK = '0A58CA';
/** Line pitch as a share of the font size (set exactly, in points, on every paragraph). */
const LINE = 1.2;
/** The still's share of the slide's width, at most. */
const STILL_WIDTH = 9.2;
/** Caption sizes, largest first: the caption takes the largest that fits beside the still. */
const CAPTION_SIZES = [22, 20, 18, 16, 14, 12] as const;

type Slide = ReturnType<PptxGenJS['addSlide']>;

/** One paragraph of a text box. */
interface Para {
	text: string;
	size: number;
	weight?: Weight;
	color?: string;
	/** Points before the paragraph. */
	before?: number;
	link?: string;
}

/** The height of a paragraph in a box `width` inches wide, in inches. */
function paraHeight(p: Para, width: number): number {
	const lines = wrapText(p.text, width * 72, slideMeasure(p.weight ?? 400, p.size)).length;
	return (Math.max(lines, 1) * p.size * LINE + (p.before ?? 0)) / 72;
}

function textBox(
	slide: Slide,
	paras: Para[],
	box: { x: number; y: number; w: number; h: number; align?: 'left' | 'right' }
) {
	slide.addText(
		paras.map((p, i) => ({
			text: p.text,
			options: {
				fontSize: p.size,
				bold: p.weight === 700,
				color: p.color ?? INK,
				// exact line pitch, the same in every office suite, so the measure holds
				lineSpacing: p.size * LINE,
				paraSpaceBefore: p.before ?? 0,
				breakLine: i < paras.length - 1,
				...(p.link ? { hyperlink: { url: p.link } } : {})
			}
		})),
		{ ...box, fontFace: FONT, valign: 'top', margin: 0, fit: 'none' }
	);
}

/** Stacks paragraphs from the top of a box; returns the height they take. */
function stack(slide: Slide, paras: Para[], x: number, y: number, w: number): number {
	const h = paras.reduce((sum, p) => sum + paraHeight(p, w), 0);
	textBox(slide, paras, { x, y, w, h: h + 0.1 });
	return h;
}

function titleSlide(pptx: PptxGenJS, b: Briefing) {
	const slide = pptx.addSlide();
	const x = MARGIN + 0.3;
	const w = SLIDE.width - 2 * x;
	let y = 1.1;
	const blocks: [Para[], number][] = [
		[[{ text: 'Briefing', size: 14, weight: 700, color: MUTED }], 0.2],
		[[{ text: b.headline, size: 36, weight: 700 }], 0.3],
		[[{ text: b.dek, size: 18 }], 0.35],
		[
			[b.byline, b.dateline, b.through].map(text => ({ text, size: 14, color: MUTED, before: 4 })),
			0
		]
	];
	for (const [paras, after] of blocks) y += stack(slide, paras, x, y, w) + after;
}

/** The still, as large as the slide's height and STILL_WIDTH allow; returns its width. */
function placeStill(slide: Slide, step: PackStep, png: Buffer, top: number, bottom: number) {
	const { width, height } = readPng(png, step.still.files.png2x);
	const w = Math.min(STILL_WIDTH, ((bottom - top) * width) / height);
	const h = (w * height) / width;
	slide.addImage({
		data: `image/png;base64,${png.toString('base64')}`,
		x: MARGIN,
		y: top + (bottom - top - h) / 2,
		w,
		h,
		altText: step.alt
	});
	return w;
}

/**
 * The caption's column: the step's text at the largest size that fits, and the Source line at
 * its foot, as the slide's citation (the still carries it too, small).
 */
function caption(
	slide: Slide,
	step: PackStep,
	box: { x: number; w: number; top: number; bottom: number }
) {
	const source: Para = { text: step.source, size: 11, color: MUTED };
	const sourceHeight = paraHeight(source, box.w);
	const text = (size: number): Para[] =>
		step.text.map((t, i) => ({ text: t, size, before: i === 0 ? 0 : size * 0.5 }));
	const room = box.bottom - box.top - sourceHeight - 0.3;
	const fits = (size: number) =>
		text(size).reduce((sum, p) => sum + paraHeight(p, box.w), 0) <= room;
	stack(
		slide,
		text(CAPTION_SIZES.find(fits) ?? (CAPTION_SIZES.at(-1) as number)),
		box.x,
		box.top,
		box.w
	);
	textBox(slide, [source], {
		x: box.x,
		y: box.bottom - sourceHeight,
		w: box.w,
		h: sourceHeight + 0.05
	});
}

function stepSlide(pptx: PptxGenJS, b: Briefing, step: PackStep, png: Buffer) {
	const slide = pptx.addSlide();
	const top = MARGIN;
	const bottom = SLIDE.height - MARGIN - 0.35;
	const x = MARGIN + placeStill(slide, step, png, top, bottom) + 0.35;
	caption(slide, step, { x, w: SLIDE.width - MARGIN - x, top, bottom });
	textBox(slide, [{ text: `${step.number} / ${b.steps.length}`, size: 11, color: MUTED }], {
		x: SLIDE.width - MARGIN - 2,
		y: SLIDE.height - MARGIN - 0.2,
		w: 2,
		h: 0.25,
		align: 'right'
	});
	slide.addNotes(step.notes.join('\n\n'));
}

/**
 * Flows paragraphs into two columns a slide, over as many slides as they take, each titled
 * `title` ("… (continued)" after the first). A paragraph never splits; `keepWithNext` keeps a
 * heading with what follows.
 */
function columnSlides(
	pptx: PptxGenJS,
	title: string,
	paras: (Para & { keepWithNext?: boolean })[]
): void {
	const gap = 0.4;
	const cw = (SLIDE.width - 2 * MARGIN - gap) / 2;
	const top = MARGIN + 0.75;
	const room = SLIDE.height - MARGIN - top;
	const slides: Para[][][] = [];
	let column: Para[] = [];
	let used = 0;
	const columns: Para[][] = [];
	const close = () => {
		if (column.length > 0) columns.push(column);
		column = [];
		used = 0;
	};
	paras.forEach((p, i) => {
		const next = paras[i + 1];
		const needed = paraHeight(p, cw) + (p.keepWithNext && next ? paraHeight(next, cw) : 0);
		if (used > 0 && used + needed > room) close();
		column.push(used === 0 ? { ...p, before: 0 } : p);
		used += paraHeight(column.at(-1) as Para, cw);
	});
	close();
	for (let i = 0; i < columns.length; i += 2) slides.push(columns.slice(i, i + 2));
	slides.forEach((cols, i) => {
		const slide = pptx.addSlide();
		textBox(slide, [{ text: i === 0 ? title : `${title} (continued)`, size: 28, weight: 700 }], {
			x: MARGIN,
			y: MARGIN,
			w: SLIDE.width - 2 * MARGIN,
			h: 0.6
		});
		cols.forEach((col, c) =>
			textBox(slide, col, { x: MARGIN + c * (cw + gap), y: top, w: cw, h: room })
		);
	});
}

function methodSlides(pptx: PptxGenJS, b: Briefing) {
	columnSlides(
		pptx,
		'How we did it',
		b.method.flatMap(m => [
			{ text: m.heading, size: 14, weight: 700 as const, before: 10, keepWithNext: true },
			...m.text.map(text => ({ text, size: 11.5, before: 4 }))
		])
	);
}

function sourceSlides(pptx: PptxGenJS, b: Briefing) {
	columnSlides(
		pptx,
		'Sources',
		b.sources.flatMap(s => [
			{ text: sourceText(s), size: 9.5, before: 6, keepWithNext: true },
			{ text: s.url, size: 9, color: LINK, link: s.url }
		])
	);
}

/** The deck as .pptx bytes. `still` reads a step's 2× PNG. */
export async function makeSlides(b: Briefing, still: (step: PackStep) => Buffer): Promise<Buffer> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = b.headline;
	pptx.subject = b.dek;
	pptx.author = b.byline.replace(/^By\s+/i, '');
	pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
	titleSlide(pptx, b);
	for (const step of b.steps) stepSlide(pptx, b, step, still(step));
	methodSlides(pptx, b);
	sourceSlides(pptx, b);
	return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
