import { describe, expect, it } from 'vitest';
import {
	clampSize,
	DEFAULT_SIZE,
	innerBox,
	type Box,
	type Margins,
	type Size
} from '../../../src/lib/box.ts';

describe('innerBox(size, margins)', () => {
	const cases: { title: string; args: [Size, Margins]; expected: Box }[] = [
		{
			title: 'takes each margin off its own side',
			args: [
				{ width: 640, height: 480 },
				{ top: 10, right: 16, bottom: 40, left: 56 }
			],
			expected: { left: 56, top: 10, right: 624, bottom: 440, width: 568, height: 430 }
		},
		{
			title: 'is the whole size without margins',
			args: [
				{ width: 300, height: 200 },
				{ top: 0, right: 0, bottom: 0, left: 0 }
			],
			expected: { left: 0, top: 0, right: 300, bottom: 200, width: 300, height: 200 }
		},
		{
			title: 'is empty, never negative, when the margins take more than the size',
			args: [
				{ width: 50, height: 30 },
				{ top: 20, right: 40, bottom: 20, left: 30 }
			],
			expected: { left: 30, top: 20, right: 30, bottom: 20, width: 0, height: 0 }
		}
	];
	for (const { title, args, expected } of cases) {
		it(title, () => expect(innerBox(...args)).toEqual(expected));
		it(`does not mutate its input (${title})`, () => {
			const [size, margins] = [{ ...args[0] }, { ...args[1] }];
			innerBox(Object.freeze(size), Object.freeze(margins));
			expect([size, margins]).toEqual(args);
		});
	}
});

describe('clampSize(size)', () => {
	const cases: { title: string; args: Size; expected: Size }[] = [
		{
			title: 'rounds a measured size to whole pixels',
			args: { width: 375.4, height: 511.6 },
			expected: { width: 375, height: 512 }
		},
		{
			title: 'keeps a size above the smallest layout as it is',
			args: { width: 1280, height: 720 },
			expected: { width: 1280, height: 720 }
		},
		{
			title: 'raises a size below the smallest layout to 280 × 240',
			args: { width: 200, height: 100 },
			expected: { width: 280, height: 240 }
		},
		{
			title: 'uses the default size for a container not measured yet (0 or NaN)',
			args: { width: 0, height: Number.NaN },
			expected: DEFAULT_SIZE
		}
	];
	for (const { title, args, expected } of cases)
		it(title, () => expect(clampSize(args)).toEqual(expected));

	it('does not mutate its input', () => {
		const size = Object.freeze({ width: 200.7, height: 100.2 });
		clampSize(size);
		expect(size).toEqual({ width: 200.7, height: 100.2 });
	});
});
