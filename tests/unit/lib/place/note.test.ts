import { describe, expect, it } from 'vitest';
import { table, type Case } from './table.ts';
import { noteBeside, noteInCorner } from '../../../../src/lib/place/note.ts';
import type { Rect } from '../../../../src/lib/place/rect.ts';

const frame = { left: 0, top: 0, right: 300, bottom: 200, width: 300, height: 200 };
const bar: Rect = { x0: 50, y0: 100, x1: 70, y1: 200 };
const style = { maxWidth: 120, fontSize: 12, gap: 6, y: 20 };

describe('noteBeside(text, target, frame, taken, style)', () => {
	const tests: Case<Parameters<typeof noteBeside>>[] = [
		{
			title: 'puts the note on the side of its target with more room',
			args: ['No launches', bar, frame, [], style],
			expected: { x: 76, y: 20, anchor: 'start', lines: ['No launches'] }
		},
		{
			title: 'puts the note left of a target in the right half',
			args: ['No launches', { x0: 250, y0: 100, x1: 270, y1: 200 }, frame, [], style],
			expected: { x: 244, anchor: 'end' }
		},
		{
			title: 'slides the note down, off a mark where it would go',
			args: ['No launches', bar, frame, [{ x0: 80, y0: 0, x1: 100, y1: 30 }], style],
			expected: { x: 76, y: 44, anchor: 'start' }
		},
		{
			title: 'wraps the note narrower when its wide lines would cover a mark',
			args: [
				'No launches in 2018; $522M stolen',
				bar,
				frame,
				[{ x0: 180, y0: 0, x1: 200, y1: 200 }],
				{ ...style, maxWidth: 240 }
			],
			expected: { x: 76, lines: ['No launches in', '2018; $522M stolen'] }
		},
		{
			title: 'draws a leader from the note to the top of its target when asked',
			args: ['No launches', bar, frame, [], { ...style, leader: true }],
			expected: { leader: { x1: 73, y1: 14, x2: 60, y2: 96 } }
		}
	];
	table(noteBeside, tests);
});

describe('noteInCorner(text, frame, taken, style)', () => {
	const corner = {
		maxWidth: 200,
		fontSize: 12,
		corners: ['bottom-left', 'top-left'] as const,
		inset: { x: 6, top: 16, bottom: 8 }
	};
	it('puts the note in the first corner, its last line `inset.bottom` above the frame', () =>
		expect(noteInCorner('Gulf', frame, [], corner)).toMatchObject({
			x: 6,
			y: 192,
			anchor: 'start'
		}));
	it('moves to the next corner when a mark takes the first', () =>
		expect(
			noteInCorner('Gulf', frame, [{ x0: 0, y0: 150, x1: 100, y1: 200 }], corner)
		).toMatchObject({ x: 6, y: 16 }));
	it('gives no note for empty text', () => expect(noteInCorner(' ', frame, [], corner)).toBeNull());
});
