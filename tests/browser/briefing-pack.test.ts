/**
 * The briefing pack the site build writes (src/build/briefing/): the slides, read as the zip of
 * XML they are, opened by LibreOffice Impress where it is installed; and the handout, its pages
 * and its text as a PDF reader extracts it (poppler's pdftotext, where it is installed). In the
 * browser project because it reads the build (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAll } from '../../src/build/load.ts';
import { readManifest } from '../../src/build/briefing/manifest.ts';
import { readPng } from '../../src/build/briefing/png.ts';
import { citedSources, sourceText } from '../../src/build/briefing/sources.ts';
import { BRIEFING_FILES } from '../../src/lib/pack-files.ts';
import { placeholderResolver } from '../../src/story/placeholders.ts';
import { DIST } from './global-setup.ts';

const { copy, dataset } = loadAll(resolve(import.meta.dirname, '../../data'));
const steps = copy.steps;
const sources = citedSources(dataset);
const resolvePlaceholder = placeholderResolver(dataset);
const stills = readManifest(DIST).stills;
const stillOf = (id: string) => stills.find(s => s.step === id)!;

/** Text as a reader compares it: white space (line breaks included) as single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a program runs here (`soffice --version`, `pdftotext -v`). */
function installed(command: string, versionFlag: string): boolean {
	return spawnSync(command, [versionFlag], { stdio: 'ignore' }).status === 0;
}

const XML_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'"
};
/** The text runs of a DrawingML part, each unescaped. */
function xmlText(xml: string): string[] {
	return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m =>
		m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!)
	);
}

interface SlidePart {
	text: string;
	images: Buffer[];
	notes: string;
	links: string[];
}

/** The deck's slides in their order (presentation.xml), each with its images, notes and links. */
async function readDeck(bytes: Buffer): Promise<SlidePart[]> {
	const zip = await JSZip.loadAsync(bytes);
	const read = (path: string) => {
		const file = zip.file(path);
		if (!file) throw new Error(`the deck has no ${path}`);
		return file.async('nodebuffer');
	};
	const rels = (xml: string) =>
		[...xml.matchAll(/<Relationship ([^>]*)\/>/g)].map(m => ({
			id: /Id="([^"]+)"/.exec(m[1]!)![1]!,
			type: /Type="[^"]*\/([^/"]+)"/.exec(m[1]!)![1]!,
			target: /Target="([^"]+)"/.exec(m[1]!)![1]!.replace(/&amp;/g, '&')
		}));
	const presentation = (await read('ppt/presentation.xml')).toString();
	const byId = new Map(
		rels((await read('ppt/_rels/presentation.xml.rels')).toString()).map(r => [r.id, r])
	);
	const order = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map(
		m => `ppt/${byId.get(m[1]!)!.target}`
	);
	return Promise.all(
		order.map(async path => {
			const name = path.split('/').pop()!;
			const own = rels((await read(`ppt/slides/_rels/${name}.rels`)).toString());
			const target = (t: string) => `ppt/${t.replace(/^\.\.\//, '')}`;
			const notes = own.find(r => r.type === 'notesSlide');
			return {
				text: flat(xmlText((await read(path)).toString()).join(' ')),
				images: await Promise.all(
					own.filter(r => r.type === 'image').map(r => read(target(r.target)))
				),
				notes: notes ? flat(xmlText((await read(target(notes.target))).toString()).join(' ')) : '',
				links: own.filter(r => r.type === 'hyperlink').map(r => r.target)
			};
		})
	);
}

describe(`the slides (${BRIEFING_FILES.slides})`, () => {
	const path = resolve(DIST, BRIEFING_FILES.slides);
	let deck: SlidePart[] = [];
	beforeAll(async () => {
		deck = await readDeck(readFileSync(path));
	});
	/** Where the steps' slides start, and where the slides after them do. */
	const FIRST = 1;
	const AFTER = 1 + steps.length;

	it('are a title slide, one slide per step, then the method slides and the sources slides', () => {
		const rest = deck.slice(AFTER);
		const method = rest.filter(s => s.text.startsWith('How we did it'));
		const sourced = rest.filter(s => s.text.startsWith('Sources'));
		expect(method.length).toBeGreaterThan(0);
		expect(sourced.length).toBeGreaterThan(0);
		// nothing else, in that order
		expect(rest).toEqual([...method, ...sourced]);
		expect(deck.length).toBe(1 + steps.length + method.length + sourced.length);
	});

	it('open with the headline, dek, byline, dates and what the data runs through', () => {
		const title = deck[0]!.text;
		for (const text of [copy.headline, copy.dek, copy.byline]) expect(title).toContain(flat(text));
		expect(title).toContain('Published');
		for (const name of ['hacks.through', 'theft.through', 'launches.latest'])
			expect(title).toContain(resolvePlaceholder(name));
	});

	it("give each step its still, its text and its Source line, in the story's order", () => {
		steps.forEach((step, i) => {
			const slide = deck[FIRST + i]!;
			const still = readFileSync(resolve(DIST, stillOf(step.id).files.png2x));
			expect(slide.images.length, step.id).toBe(1);
			expect(slide.images[0]!.equals(still), `${step.id}: its 2x still`).toBe(true);
			for (const paragraph of step.text) expect(slide.text, step.id).toContain(flat(paragraph));
			expect(slide.text, step.id).toContain(flat(copy.graphics[step.graphic]!.source));
		});
	});

	it("hold each step's presenter notes as its speaker notes", () => {
		steps.forEach((step, i) => {
			const notes = deck[FIRST + i]!.notes;
			expect(step.notes.length, step.id).toBeGreaterThan(0);
			for (const paragraph of step.notes) expect(notes, step.id).toContain(flat(paragraph));
		});
	});

	it('list every source the story cites, with its address as a link', () => {
		const rest = deck.slice(AFTER).filter(s => s.text.startsWith('Sources'));
		const text = rest.map(s => s.text).join(' ');
		const links = new Set(rest.flatMap(s => s.links));
		for (const s of sources) {
			expect(text).toContain(flat(sourceText(s)));
			expect(links.has(s.url), s.url).toBe(true);
		}
	});

	it('open in LibreOffice Impress, one page per slide', { timeout: 180_000 }, async ctx => {
		if (!installed('soffice', '--version'))
			return ctx.skip(
				'LibreOffice is not installed (no `soffice` on the PATH; on Debian: apt-get install libreoffice-impress-nogui)'
			);
		const dir = mkdtempSync(join(tmpdir(), 'deck-'));
		try {
			// a profile of its own: a LibreOffice already running would otherwise take the job
			const run = spawnSync(
				'soffice',
				[
					`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
					'--headless',
					'--convert-to',
					'pdf',
					'--outdir',
					dir,
					path
				],
				{ encoding: 'utf8', timeout: 170_000 }
			);
			expect(run.status, run.stderr).toBe(0);
			const pdf = await PDFDocument.load(
				readFileSync(
					join(
						dir,
						path
							.split('/')
							.pop()!
							.replace(/\.pptx$/, '.pdf')
					)
				)
			);
			expect(pdf.getPageCount()).toBe(deck.length);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

/** The size of the one image a page draws, or null. */
function pageImage(page: ReturnType<PDFDocument['getPages']>[number]): [number, number] | null {
	const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
	const images = (xobjects?.values() ?? [])
		.map(ref => page.doc.context.lookup(ref))
		.filter(
			(o): o is PDFRawStream =>
				o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')
		);
	if (images.length !== 1) return null;
	const size = (key: string) => (images[0]!.dict.get(PDFName.of(key)) as PDFNumber).asNumber();
	return [size('Width'), size('Height')];
}

describe(`the handout (${BRIEFING_FILES.handout})`, () => {
	const path = resolve(DIST, BRIEFING_FILES.handout);

	it("gives each step a page of its own with the step's 2x still, after the cover", async () => {
		const pdf = await PDFDocument.load(readFileSync(path));
		const pages = pdf.getPages();
		expect(pages.length).toBeGreaterThan(1 + steps.length + 1);
		expect(pageImage(pages[0]!)).toBeNull();
		steps.forEach((step, i) => {
			const png = readPng(readFileSync(resolve(DIST, stillOf(step.id).files.png2x)));
			expect(pageImage(pages[1 + i]!), step.id).toEqual([png.width, png.height]);
		});
	});

	it('holds, as text, the headline, every step with its Source line, the method and every source', async ctx => {
		if (!installed('pdftotext', '-v'))
			return ctx.skip(
				"poppler's pdftotext is not installed, so the handout's text is not read (on Debian: apt-get install poppler-utils)"
			);
		const run = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
			encoding: 'utf8',
			maxBuffer: 1 << 26
		});
		expect(run.status, run.stderr).toBe(0);
		const raw = run.stdout.split('\f').slice(0, -1).map(flat);
		const pdf = await PDFDocument.load(readFileSync(path));
		expect(raw.length).toBe(pdf.getPageCount());
		// every page after the cover has its number out of the whole, in a footer
		raw.slice(1).forEach((page, i) => expect(page).toContain(`page ${i + 2} of ${raw.length}`));
		// the footer (the headline, cut short, and the page number) out of the way: a reader may
		// extract it between two halves of a paragraph that breaks between columns
		const footer = [
			new RegExp(`${copy.headline.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^…]*…`, 'g'),
			/page \d+ of \d+/g
		];
		const pages = raw.map(page => flat(footer.reduce((p, f) => p.replace(f, ' '), page)));

		expect(pages[0]).toContain(flat(copy.headline));
		expect(pages[0]).toContain(flat(copy.dek));
		steps.forEach((step, i) => {
			const page = pages[1 + i]!;
			expect(page, step.id).toContain(`Step ${i + 1} of ${steps.length}`);
			for (const paragraph of step.text) expect(page, step.id).toContain(flat(paragraph));
			expect(page, step.id).toContain(flat(copy.graphics[step.graphic]!.source));
		});
		// then the method, over as many pages as it takes, then the sources, to the last page
		const rest = pages.slice(1 + steps.length);
		const sourcesAt = rest.findIndex(p => p.startsWith('Sources'));
		expect(rest[0]!.startsWith('How we did it')).toBe(true);
		expect(sourcesAt).toBeGreaterThan(0);
		const method = rest.slice(0, sourcesAt).join(' ');
		for (const section of copy.method) {
			expect(method).toContain(flat(section.heading));
			for (const paragraph of section.text) expect(method).toContain(flat(paragraph));
		}
		// addresses break across lines where they are long: compare them without white space
		const listed = rest.slice(sourcesAt).join('').replace(/\s/g, '');
		for (const s of sources) expect(listed, s.url).toContain(s.url.replace(/\s/g, ''));

		// the cover's contents point at the pages that hold what they name
		const contents = [...pages[0]!.matchAll(/Steps? (\d+)(?:–\d+)?: .*?page (\d+)/g)];
		expect(contents.length).toBeGreaterThan(0);
		for (const [, step, page] of contents)
			expect(pages[Number(page) - 1]).toContain(`Step ${step} of ${steps.length}`);
		const [, methodPage] = /How we did it, corrections and credits page (\d+)/.exec(pages[0]!)!;
		const [, sourcesPage] = /Sources page (\d+)/.exec(pages[0]!)!;
		expect(Number(methodPage)).toBe(2 + steps.length);
		expect(Number(sourcesPage)).toBe(2 + steps.length + sourcesAt);
	});
});
