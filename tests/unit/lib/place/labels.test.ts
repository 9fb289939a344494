import { describe } from 'vitest';
import { table, type Case } from './table.ts';
import { placeLabels, type LabelRequest } from '../../../../src/lib/place/labels.ts';

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
