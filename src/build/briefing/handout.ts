/**
 * The printed handout: `briefing/<slug>.pdf`, US Letter in landscape. A cover (headline, dek,
 * byline, dates, what the data runs through, and where each graphic's steps are); then one page per
 * step, like a printed slide: its still as wide as the page allows (the 2× PNG: about 240 dpi, and
 * the graphic's labels at a readable size, which two stills to a portrait page would not leave),
 * its text as a caption and its Source line; then how we did it, the corrections and credits, and
 * every source with its address (a link on screen), in two columns. All text is real text, set in
 * Source Sans 3. Node only.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFPage } from 'pdf-lib';
import type { Briefing, PackStep } from './content.ts';
import { embedFace, type PdfFace } from './fonts.ts';
import { drawLine, Flow, INK, LINK, MUTED, type Frame, type TextStyle } from './pdf-flow.ts';
import { embedStill } from './png.ts';
import { sourceText } from './sources.ts';

/** US Letter in landscape, in points, with 40 pt margins and room for the footer. */
const FRAME: Frame = { width: 792, height: 612, left: 40, right: 752, top: 572, bottom: 50 };
const FOOTER_Y = 26;
/** The caption's measure: the page's width makes lines too long to read. */
const CAPTION_WIDTH = 600;
const GUTTER = 28;

function styles(regular: PdfFace, bold: PdfFace) {
	const s = (face: PdfFace, size: number, leading: number, color = INK): TextStyle => ({
		face,
		size,
		leading,
		color
	});
	return {
		kicker: s(bold, 9, 12, MUTED),
		headline: s(bold, 26, 30),
		dek: s(regular, 13, 18),
		meta: s(regular, 10, 14, MUTED),
		h1: s(bold, 18, 24),
		h2: s(bold, 12, 16),
		body: s(regular, 10.5, 14.5),
		small: s(regular, 9, 12),
		label: s(regular, 8.5, 11, MUTED),
		source: s(regular, 8, 10.5, MUTED),
		entry: s(regular, 8.5, 11),
		address: s(regular, 8, 10.5, LINK),
		footer: s(regular, 7.5, 9, MUTED)
	};
}
type Styles = ReturnType<typeof styles>;

/** Every string the handout draws, so the faces embed the fallbacks it needs. */
function allText(b: Briefing): string {
	return [
		b.headline,
		b.dek,
		b.byline,
		b.dateline,
		b.through,
		...b.steps.flatMap(s => [s.title, s.source, ...s.text]),
		...b.method.flatMap(m => [m.heading, ...m.text]),
		...b.corrections,
		...b.credits,
		...b.sources.flatMap(s => [sourceText(s), s.url]),
		'0123456789–·…'
	].join('\n');
}

/** A line cut to `width` with an ellipsis. */
function fit(text: string, width: number, style: TextStyle): string {
	if (style.face.width(text, style.size) <= width) return text;
	let end = text.length;
	while (end > 0 && style.face.width(`${text.slice(0, end)}…`, style.size) > width) end--;
	return `${text.slice(0, end).trimEnd()}…`;
}

function drawRight(page: PDFPage, text: string, right: number, y: number, style: TextStyle) {
	drawLine(page, text, right - style.face.width(text, style.size), y, style);
}

/** The steps of each graphic in a row, with the page its first step is on. */
function contents(steps: PackStep[], pageOf: Map<string, number>) {
	const groups: { title: string; first: number; last: number; page: number }[] = [];
	for (const s of steps) {
		const last = groups.at(-1);
		if (last && last.title === s.title && last.last === s.number - 1) last.last = s.number;
		else
			groups.push({ title: s.title, first: s.number, last: s.number, page: pageOf.get(s.id) ?? 0 });
	}
	return groups;
}

/** The cover: the story's top in the left column; the right one is left for the contents. */
function cover(flow: Flow, b: Briefing, st: Styles): { x: number; y: number; width: number } {
	flow.newPage();
	flow.columns(2, 2 * GUTTER);
	flow.paragraph('Briefing handout', st.kicker);
	flow.space(8);
	flow.paragraph(b.headline, st.headline);
	flow.space(10);
	flow.paragraph(b.dek, st.dek);
	flow.space(12);
	for (const line of [b.byline, b.dateline, b.through]) flow.paragraph(line, st.meta);
	return { x: flow.x + flow.width + 2 * GUTTER, y: flow.frame.top, width: flow.width };
}

function drawContents(
	page: PDFPage,
	at: { x: number; y: number; width: number },
	rows: ReturnType<typeof contents>,
	st: Styles,
	tail: { label: string; page: number }[]
) {
	const lines = [
		...rows.map(r => ({
			label: `${r.first === r.last ? `Step ${r.first}` : `Steps ${r.first}–${r.last}`}: ${r.title}`,
			page: r.page
		})),
		...tail
	];
	let y = at.y - st.h2.leading;
	drawLine(page, 'In this handout', at.x, y, st.h2);
	y -= 6;
	for (const line of lines) {
		y -= st.small.leading + 3;
		drawLine(page, fit(line.label, at.width - 50, st.small), at.x, y, st.small);
		drawRight(page, `page ${line.page}`, at.x + at.width, y, st.small);
	}
}

async function steps(flow: Flow, b: Briefing, st: Styles, still: (s: PackStep) => Buffer) {
	const pageOf = new Map<string, number>();
	for (const step of b.steps) {
		flow.newPage();
		flow.columns(1);
		pageOf.set(step.id, flow.pages.length);
		const image = await embedStill(flow.doc, still(step), step.still.files.png2x);
		const caption = step.text.reduce(
			(sum, p) => sum + flow.height(p, st.body, CAPTION_WIDTH) + 5,
			0
		);
		// the Source line closes the page, as its citation (the still carries it too, small)
		const source = flow.height(step.source, st.source);
		flow.paragraph(`Step ${step.number} of ${b.steps.length}`, st.label);
		flow.space(6);
		// the still takes what the caption and the Source line leave, up to the page's width
		const aspect = image.width / image.height;
		const width = Math.min(flow.width, (flow.room - 12 - caption - 12 - source) * aspect);
		const height = width / aspect;
		flow.space(height);
		image.draw(flow.page, { x: flow.x + (flow.width - width) / 2, y: flow.y, width, height });
		flow.space(12);
		for (const paragraph of step.text) {
			flow.paragraph(paragraph, st.body, { width: CAPTION_WIDTH });
			flow.space(5);
		}
		flow.y = flow.frame.bottom + source + 6;
		flow.rule();
		flow.space(6);
		flow.paragraph(step.source, st.source);
	}
	return pageOf;
}

function method(flow: Flow, b: Briefing, st: Styles): number {
	flow.newPage();
	flow.columns(1);
	const page = flow.pages.length;
	flow.paragraph('How we did it', st.h1);
	flow.space(4);
	flow.columns(2, GUTTER);
	const section = (heading: string, paragraphs: string[]) => {
		flow.space(10);
		flow.ensure(10 + st.h2.leading + 3 * st.body.leading);
		flow.paragraph(heading, st.h2);
		flow.space(2);
		for (const p of paragraphs) {
			flow.paragraph(p, st.body, { keep: 2 });
			flow.space(5);
		}
	};
	for (const m of b.method) section(m.heading, m.text);
	if (b.corrections.length > 0) section('Corrections', b.corrections);
	section('Credits', b.credits);
	return page;
}

function sources(flow: Flow, b: Briefing, st: Styles): number {
	flow.newPage();
	flow.columns(1);
	const page = flow.pages.length;
	flow.paragraph('Sources', st.h1);
	flow.space(4);
	flow.paragraph(
		"Every source the story's data cites, by publisher. The data downloads give the sources of each figure.",
		st.meta
	);
	flow.space(8);
	flow.columns(2, GUTTER);
	for (const s of b.sources) {
		flow.ensure(flow.height(sourceText(s), st.entry) + flow.height(s.url, st.address));
		flow.paragraph(sourceText(s), st.entry);
		flow.paragraph(s.url, st.address, { link: s.url });
		flow.space(5);
	}
	return page;
}

function footers(flow: Flow, b: Briefing, st: Styles) {
	const total = flow.pages.length;
	flow.pages.forEach((page, i) => {
		if (i === 0) return;
		const number = `page ${i + 1} of ${total}`;
		const room = flow.width - st.footer.face.width(number, st.footer.size) - 24;
		drawLine(page, fit(b.headline, room, st.footer), flow.frame.left, FOOTER_Y, st.footer);
		drawRight(page, number, flow.frame.right, FOOTER_Y, st.footer);
	});
}

/** The handout as PDF bytes. `still` reads a step's 2× PNG. */
export async function makeHandout(
	b: Briefing,
	still: (step: PackStep) => Buffer,
	date: Date
): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	doc.setTitle(b.headline, { showInWindowTitleBar: true });
	doc.setAuthor(b.byline.replace(/^By\s+/i, ''));
	doc.setSubject(b.dek);
	doc.setLanguage('en-US');
	doc.setCreator('The story build (src/build/briefing/handout.ts)');
	// the story's date, not the build's: the same copy and data give the same file
	doc.setCreationDate(date);
	doc.setModificationDate(date);

	const text = allText(b);
	const st = styles(await embedFace(doc, 400, text), await embedFace(doc, 700, text));
	const flow = new Flow(doc, FRAME);
	const contentsAt = cover(flow, b, st);
	const pageOf = await steps(flow, b, st, still);
	const methodPage = method(flow, b, st);
	const sourcesPage = sources(flow, b, st);
	drawContents(flow.pages[0] as PDFPage, contentsAt, contents(b.steps, pageOf), st, [
		{ label: 'How we did it, corrections and credits', page: methodPage },
		{ label: 'Sources', page: sourcesPage }
	]);
	footers(flow, b, st);
	return doc.save();
}
