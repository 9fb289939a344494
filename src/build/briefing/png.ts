/**
 * The stills as the pack embeds them. A PDF can hold a PNG's compressed pixel data as it is (the
 * FlateDecode filter with PNG predictors), so an 8-bit, non-interlaced greyscale, RGB or palette
 * PNG without transparency is copied, not decoded and compressed again: pdf-lib's `embedPng` takes
 * about a third of a second per 2× still on our machine, the copy a few milliseconds. Anything
 * else goes through `embedPng`. Node only.
 */
import {
	concatTransformationMatrix,
	drawObject,
	popGraphicsState,
	pushGraphicsState,
	PDFHexString,
	PDFRawStream,
	type PDFDocument,
	type PDFPage,
	type PDFRef
} from 'pdf-lib';

const SIGNATURE = '89504e470d0a1a0a';

export interface PngInfo {
	width: number;
	height: number;
	bitDepth: number;
	/** 0 greyscale, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
	colorType: number;
	interlaced: boolean;
	/** The PLTE chunk (palette images). */
	palette: Buffer | null;
	transparency: boolean;
	/** The IDAT chunks, joined: one zlib stream. */
	data: Buffer;
}

/** Reads a PNG's header and chunks; throws when `bytes` is not a PNG. */
export function readPng(bytes: Buffer, name = 'image'): PngInfo {
	if (bytes.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error(`${name} is not a PNG`);
	const info: PngInfo = {
		width: bytes.readUInt32BE(16),
		height: bytes.readUInt32BE(20),
		bitDepth: bytes[24] as number,
		colorType: bytes[25] as number,
		interlaced: bytes[28] === 1,
		palette: null,
		transparency: false,
		data: Buffer.alloc(0)
	};
	const idat: Buffer[] = [];
	for (let at = 8; at + 8 <= bytes.length;) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('latin1', at + 4, at + 8);
		const body = bytes.subarray(at + 8, at + 8 + length);
		if (type === 'IDAT') idat.push(body);
		else if (type === 'PLTE') info.palette = body;
		else if (type === 'tRNS') info.transparency = true;
		at += 12 + length;
	}
	info.data = Buffer.concat(idat);
	return info;
}

const COLOURS: Record<number, number> = { 0: 1, 2: 3, 3: 1 };

/** The image XObject of a PNG whose pixel data the PDF can take as it is; null otherwise. */
function rawImage(doc: PDFDocument, png: PngInfo): PDFRef | null {
	const colors = COLOURS[png.colorType];
	if (colors === undefined || png.bitDepth !== 8 || png.interlaced || png.transparency) return null;
	if (png.colorType === 3 && !png.palette) return null;
	const colorSpace =
		png.colorType === 3
			? [
					'Indexed',
					'DeviceRGB',
					(png.palette as Buffer).length / 3 - 1,
					PDFHexString.of((png.palette as Buffer).toString('hex'))
				]
			: png.colorType === 0
				? 'DeviceGray'
				: 'DeviceRGB';
	const dict = doc.context.obj({
		Type: 'XObject',
		Subtype: 'Image',
		Width: png.width,
		Height: png.height,
		ColorSpace: colorSpace,
		BitsPerComponent: 8,
		Filter: 'FlateDecode',
		DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: 8, Columns: png.width }
	});
	return doc.context.register(PDFRawStream.of(dict, png.data));
}

/** A still embedded once in the document, drawn on any page. */
export interface PdfImage {
	width: number;
	height: number;
	draw(page: PDFPage, box: { x: number; y: number; width: number; height: number }): void;
}

export async function embedStill(doc: PDFDocument, bytes: Buffer, name: string): Promise<PdfImage> {
	const png = readPng(bytes, name);
	const ref = rawImage(doc, png);
	if (ref === null) {
		const image = await doc.embedPng(bytes);
		return {
			width: png.width,
			height: png.height,
			draw: (page, box) => page.drawImage(image, box)
		};
	}
	return {
		width: png.width,
		height: png.height,
		draw(page, { x, y, width, height }) {
			const key = page.node.newXObject('Still', ref);
			page.pushOperators(
				pushGraphicsState(),
				concatTransformationMatrix(width, 0, 0, height, x, y),
				drawObject(key),
				popGraphicsState()
			);
		}
	};
}
