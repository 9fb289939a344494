/**
 * The briefing pack's parts that need no build (src/build/briefing/): line breaking, the font
 * chain and the WOFF unwrapping, the PNG reader, the sources list, what the pack says and the
 * checks on the stills' manifest; and the whole pack made from the fixture copy with stills drawn
 * here, read back as a deck and a PDF. The pack made from the real build is tested in
 * tests/browser/briefing-pack.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { briefingContent, dateline, throughLine } from '../../../src/build/briefing/content.ts';
import { runsOf, woffToSfnt } from '../../../src/build/briefing/fonts.ts';
import {
	parseManifest,
	readManifest,
	type StillsManifest
} from '../../../src/build/briefing/manifest.ts';
import { writeBriefingPack } from '../../../src/build/briefing/plugin.ts';
import { readPng } from '../../../src/build/briefing/png.ts';
import { citedSources, sourceText } from '../../../src/build/briefing/sources.ts';
import { wrapText } from '../../../src/build/briefing/wrap.ts';
import { fontFile } from '../../../src/build/font-files.ts';
import { loadAll } from '../../../src/build/load.ts';
import { BRIEFING_FILES } from '../../../src/lib/pack-files.ts';
import { placeholderResolver } from '../../../src/story/placeholders.ts';
import { FIXTURES } from '../data/fixtures.ts';

/** One unit per character: what fits is easy to see. */
const chars = (s: string) => s.length;

describe('wrapText(text, width, measure)', () => {
	const cases: { text: string; width: number; expected: string[] }[] = [
		{ text: 'one two three four', width: 9, expected: ['one two', 'three', 'four'] },
		{ text: '  one \n\n two  ', width: 20, expected: ['one two'] },
		{ text: '', width: 10, expected: [] },
		{ text: 'exactly10!', width: 10, expected: ['exactly10!'] },
		// an address breaks after a separator where one fits
		{
			text: 'see https://example.org/a/long/path',
			width: 16,
			expected: ['see', 'https://example.', 'org/a/long/path']
		},
		// no separator: between characters
		{ text: 'abcdefghij', width: 4, expected: ['abcd', 'efgh', 'ij'] },
		// never a line that ends in a hyphen: it goes to the next line
		{ text: 'north-korean-hackers', width: 6, expected: ['north', '-korea', 'n-hack', 'ers'] }
	];
	for (const { text, width, expected } of cases)
		it(`${JSON.stringify(text)} at ${width}`, () => {
			const lines = wrapText(text, width, chars);
			expect(lines).toEqual(expected);
			for (const line of lines) {
				expect(chars(line)).toBeLessThanOrEqual(width);
				expect(line.endsWith('-')).toBe(false);
			}
		});

	it('keeps every character of an address, in order', () => {
		const url = 'https://news.example.org/2025/01/15/joint-alert-on-threats-from-hackers';
		expect(wrapText(url, 12, chars).join('')).toBe(url);
	});
});

describe('runsOf(text, fonts, has)', () => {
	const fonts = ['latin', 'math'] as const;
	const has = (font: string, cp: number) => (font === 'latin' ? cp < 0x2000 : true);

	it('splits text where a character needs the next font of the chain', () =>
		expect(runsOf('a ∝ b', fonts, has)).toEqual([
			{ text: 'a ', font: 'latin' },
			{ text: '∝', font: 'math' },
			{ text: ' b', font: 'latin' }
		]));
	it('names a character no font has, and where it is', () =>
		expect(() => runsOf('x ∝', ['latin'], has)).toThrow(/"∝" \(U\+221D\), in: x ∝/));
});

describe('woffToSfnt(woff)', () => {
	it('gives the font the WOFF wraps: the same characters and metrics as the page serves', () => {
		const woff = readFileSync(fontFile(400).replace(/\.woff2$/, '.woff'));
		const sfnt = woffToSfnt(woff);
		expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
		const font = fontkit.create(sfnt) as fontkit.Font;
		const served = fontkit.create(readFileSync(fontFile(400))) as fontkit.Font;
		expect(font.unitsPerEm).toBe(served.unitsPerEm);
		expect(font.characterSet).toEqual(served.characterSet);
		expect(font.glyphForCodePoint(0x2212).advanceWidth).toBe(
			served.glyphForCodePoint(0x2212).advanceWidth
		);
	});
	it('refuses a file that is not WOFF 1.0', () =>
		expect(() => woffToSfnt(readFileSync(fontFile(400)))).toThrow('not a WOFF 1.0 file'));
});

function chunk(type: string, body: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(body.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
	return Buffer.concat([head, body, crc]);
}

/** A PNG of one colour: RGB (colour type 2) or RGBA (6). */
function png(width: number, height: number, rgb: [number, number, number], alpha = false): Buffer {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, alpha ? 6 : 2, 0, 0, 0], 8);
	const pixel = alpha ? [...rgb, 255] : rgb;
	const row = Buffer.from([0, ...Array.from({ length: width }, () => pixel).flat()]);
	return Buffer.concat([
		Buffer.from('89504e470d0a1a0a', 'hex'),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
		chunk('IEND', Buffer.alloc(0))
	]);
}

describe('readPng(bytes)', () => {
	it('reads the size and the kind of a PNG', () =>
		expect(readPng(png(24, 10, [1, 2, 3], true))).toMatchObject({
			width: 24,
			height: 10,
			bitDepth: 8,
			colorType: 6,
			interlaced: false,
			transparency: false
		}));
	it('refuses what is not a PNG, by name', () =>
		expect(() => readPng(Buffer.from('GIF89a........'), 'stills/x.png')).toThrow(
			'stills/x.png is not a PNG'
		));
});

const fixtures = loadAll(FIXTURES);

describe('citedSources(dataset) and sourceText(source)', () => {
	const sources = citedSources(fixtures.dataset);

	it('lists each citation once, by publisher then date', () => {
		const keys = sources.map(s => JSON.stringify(s));
		expect(new Set(keys).size).toBe(keys.length);
		const cited = Object.values(fixtures.dataset).flatMap(records =>
			(records as readonly { sources?: readonly object[] }[]).flatMap(r => r.sources ?? [])
		);
		expect(new Set(cited.map(s => JSON.stringify(s)))).toEqual(new Set(keys));
		const order = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
		for (let i = 1; i < sources.length; i++)
			expect(order.compare(sources[i - 1]!.publisher, sources[i]!.publisher)).toBeLessThanOrEqual(
				0
			);
	});
	it('reads as publisher, title, date (AP style) and where it was read', () => {
		const s = { publisher: 'P', title: 'A title.', date: '2022-03', url: 'https://x.org/' };
		expect(sourceText(s)).toBe('P: A title, March 2022.');
		expect(sourceText({ ...s, date: '2025-02-21', readVia: 'Wire' })).toBe(
			'P: A title, Feb. 21, 2025 (read via Wire).'
		);
	});
});

describe('what the pack says (briefingContent)', () => {
	const resolve = placeholderResolver(fixtures.dataset);
	const still = (step: string) => ({
		step,
		graphic: 'g',
		title: 't',
		alt: 'a',
		source: 's',
		note: null,
		width: 1200,
		height: 600,
		files: {
			png: `stills/${step}.png`,
			png2x: `stills/${step}@2x.png`,
			svg: `stills/${step}.svg`,
			dark: { png: `stills/dark/${step}.png`, svg: `stills/dark/${step}.svg` }
		}
	});
	const manifest = (ids: string[]): StillsManifest => ({ width: 1200, stills: ids.map(still) });
	const ids = fixtures.copy.steps.map(s => s.id);

	it('takes every step with its still, text, notes and Source line, in order', () => {
		const b = briefingContent(fixtures.copy, manifest(ids), resolve, []);
		expect(b.steps.map(s => [s.id, s.number, s.still.step])).toEqual(
			ids.map((id, i) => [id, i + 1, id])
		);
		for (const [i, step] of b.steps.entries()) {
			const source = fixtures.copy.steps[i]!;
			expect(step.text).toEqual(source.text);
			expect(step.notes).toEqual(source.notes);
			expect(step.source).toBe(fixtures.copy.graphics[source.graphic]!.source);
		}
	});
	it('fails, naming the step, when a step has no still', () =>
		expect(() => briefingContent(fixtures.copy, manifest(ids.slice(1)), resolve, [])).toThrow(
			`no still in the stills manifest for step ${ids[0]}`
		));
	it('fails when the stills are in another order than the copy', () =>
		expect(() => briefingContent(fixtures.copy, manifest([...ids].reverse()), resolve, [])).toThrow(
			'in another order than the copy'
		));

	it('says through when each dataset runs, from the placeholders', () => {
		const line = throughLine(name => `<${name}>`);
		expect(line).toBe(
			'Data through: thefts, <hacks.through>; yearly theft estimates, <theft.through>; missile launches, <launches.latest>.'
		);
		expect(() => throughLine(() => undefined)).toThrow('{hacks.through} names nothing');
	});
	it('dates the pack as the page does', () => {
		expect(dateline('2026-11-21', '2026-11-21')).toBe('Published Nov. 21, 2026');
		expect(dateline('2026-11-21', '2026-11-30')).toBe(
			'Published Nov. 21, 2026 · Updated Nov. 30, 2026'
		);
	});
});

describe("the stills' manifest", () => {
	it('names the field that is wrong', () =>
		expect(() => parseManifest({ width: 1200, stills: [{ step: 'a' }] })).toThrow(
			/field "stills\.0\.graphic"/
		));
	it('fails the build, saying which step makes it, when it is missing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'no-stills-'));
		try {
			expect(() => readManifest(dir)).toThrow(/stills\/manifest\.json is missing.*stills step/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the pack made from the fixture copy (writeBriefingPack)', () => {
	const out = mkdtempSync(join(tmpdir(), 'pack-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	// the fonts are read and subset: seconds on a busy two-core machine
	it('writes a deck and a handout with every step and its still', { timeout: 30_000 }, async () => {
		mkdirSync(join(out, 'stills'), { recursive: true });
		const steps = fixtures.copy.steps;
		// one RGB still (copied into the PDF as it is) and one with alpha (decoded by pdf-lib)
		const stills = steps.map((s, i) => {
			const entry = {
				step: s.id,
				graphic: s.graphic,
				title: '',
				alt: s.alt,
				source: '',
				note: null,
				width: 1200,
				height: 600,
				files: {
					png: `stills/${s.id}.png`,
					png2x: `stills/${s.id}@2x.png`,
					svg: `stills/${s.id}.svg`,
					dark: { png: `stills/dark/${s.id}.png`, svg: `stills/dark/${s.id}.svg` }
				}
			};
			writeFileSync(join(out, entry.files.png2x), png(48, 24 + i, [200, 90, 0], i % 2 === 1));
			return entry;
		});
		writeFileSync(join(out, 'stills/manifest.json'), JSON.stringify({ width: 1200, stills }));

		const written = await writeBriefingPack(out, FIXTURES);
		expect(written).toHaveLength(2);

		const deck = await JSZip.loadAsync(readFileSync(join(out, BRIEFING_FILES.slides)));
		const slides = Object.keys(deck.files).filter(f => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		// title, the steps, at least one method and one sources slide
		expect(slides.length).toBeGreaterThanOrEqual(1 + steps.length + 2);
		const images = Object.keys(deck.files).filter(f => /^ppt\/media\/.+\.png$/.test(f));
		expect(images).toHaveLength(steps.length);

		const pdf = await PDFDocument.load(readFileSync(join(out, BRIEFING_FILES.handout)));
		expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1 + steps.length + 2);
		expect(pdf.getTitle()).toBe(fixtures.copy.headline);
		// dated by the story, not the build: the same copy gives the same file
		expect(pdf.getCreationDate()?.toISOString().slice(0, 10)).toBe(fixtures.copy.updated);
	});
});
