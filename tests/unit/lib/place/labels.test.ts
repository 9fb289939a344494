import { describe, expect, it } from 'vitest';
import { table, type Case } from './table.ts';
import { placeLabels, type LabelRequest } from '../../../../src/lib/place/labels.ts';
import type { Rect } from '../../../../src/lib/place/rect.ts';

const box = { left: 0, top: 0, right: 300, bottom: 200, width: 300, height: 200 };
const label = (id: string, x: number, y: number, width = 40): LabelRequest => ({
	id,
	x,
	y,
	r: 5,
	width,
	height: 14
});

describe('placeLabels(labels, box, obstacles, blocked)', () => {
	const tests: Case<Parameters<typeof placeLabels>>[] = [
		{
			title: 'puts a lone label to the right of its point',
			args: [[label('a', 100, 100)], box],
			expected: [{ anchor: 'start', x: 109, crowded: false }]
		},
		{
			title: 'puts a label left of its point when the right would leave the box',
			args: [[label('a', 290, 100)], box],
			expected: [{ anchor: 'end', x: 281, crowded: false }]
		},
		{
			title: 'moves a label off a point that sits where it would go',
			args: [[label('a', 100, 100)], box, [{ x: 125, y: 100, r: 6 }]],
			expected: [{ anchor: 'end', x: 91, crowded: false }]
		},
		{
			title: 'keeps a label off a title already drawn',
			args: [[label('a', 100, 100)], box, [], [{ x0: 105, y0: 90, x1: 160, y1: 110 }]],
			expected: [{ anchor: 'end', crowded: false }]
		},
		{
			title: 'gives the second of two labels on one point another spot',
			args: [[label('a', 100, 100, 60), label('b', 102, 101, 60)], box],
			expected: [
				{ id: 'a', anchor: 'start', crowded: false },
				{ id: 'b', anchor: 'end', crowded: false }
			]
		},
		{
			title: 'says a label is crowded when every spot inside the box is taken',
			args: [[label('a', 150, 100)], box, [], [{ x0: 0, y0: 0, x1: 300, y1: 200 }]],
			expected: [{ crowded: true }]
		}
	];
	table(placeLabels, tests);
});

describe('placeLabels: a label with no room in its rings', () => {
	// the grid the placement searches when every ring is taken (labels.ts: GRID = 8, rows GRID / 2)
	const gridSpots = (l: LabelRequest) => {
		const spots: { x0: number; y0: number; distance: number }[] = [];
		for (let y0 = box.top; y0 + l.height <= box.bottom; y0 += 4)
			for (let x0 = box.left; x0 + l.width <= box.right; x0 += 8) {
				const dx = Math.max(x0 - l.x, 0, l.x - (x0 + l.width));
				const dy = Math.max(y0 - l.y, 0, l.y - (y0 + l.height));
				spots.push({ x0, y0, distance: Math.hypot(dx, dy) });
			}
		return spots;
	};
	const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
	// seeded, so every run checks the same cases
	let seed = 7;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

	it('goes to the nearest free spot of the grid, the first of equally near ones, with a leader', () => {
		for (let n = 0; n < 40; n++) {
			const l = label('a', 40 + random() * 220, 30 + random() * 140, 30 + random() * 40);
			// the point's whole neighbourhood is taken, and a few more blocks lie around the box
			const blocked: Rect[] = [{ x0: l.x - 90, y0: l.y - 50, x1: l.x + 90, y1: l.y + 50 }];
			for (let k = 0; k < 4; k++) {
				const x0 = random() * 280;
				const y0 = random() * 180;
				blocked.push({ x0, y0, x1: x0 + 20 + random() * 80, y1: y0 + 10 + random() * 40 });
			}
			const free = gridSpots(l).filter(
				s =>
					!blocked.some(b =>
						overlaps({ x0: s.x0, y0: s.y0, x1: s.x0 + l.width, y1: s.y0 + l.height }, b)
					)
			);
			const [placed] = placeLabels([l], box, [], blocked);
			const nearest = free.reduce<(typeof free)[number] | undefined>(
				(best, s) => (!best || s.distance < best.distance ? s : best),
				undefined
			);
			if (!nearest) {
				expect(placed?.crowded).toBe(true);
				continue;
			}
			expect(placed).toMatchObject({ x: nearest.x0, anchor: 'start', crowded: false });
			expect(placed?.y).toBeCloseTo(nearest.y0 + l.height * 0.75, 6);
			expect(placed?.leader).toBeDefined();
		}
	});
});
