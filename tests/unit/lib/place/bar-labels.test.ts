import { describe } from 'vitest';
import { table, type Case } from './table.ts';
import { placeBarLabels } from '../../../../src/lib/place/bar-labels.ts';
import type { Bar } from '../../../../src/lib/marks.ts';

const frame = { left: 0, top: 0, right: 300, bottom: 200, width: 300, height: 200 };
const bar = (x: number, y: number, labelled = false): Bar => ({
	x,
	y,
	width: 20,
	height: 200 - y,
	opacity: 1,
	hatched: false,
	label: '$1.34bn',
	labelOpacity: labelled ? 1 : 0
});

describe('placeBarLabels(bars, blocked, frame, fontSize)', () => {
	const tests: Case<Parameters<typeof placeBarLabels>>[] = [
		{
			title: 'puts a value label 5 px above its bar',
			args: [[bar(100, 120, true)], [], frame, 12],
			expected: [{ labelX: 110, labelY: 115, labelAnchor: 'middle' }]
		},
		{
			title: 'lifts a label wider than its bar over the taller neighbour it would cover',
			args: [[bar(100, 120, true), bar(122, 80)], [], frame, 12],
			expected: [{ labelY: 75 }, { labelOpacity: 0 }]
		},
		{
			title: 'puts a label beside the top of its bar when a title takes the space above',
			args: [[bar(100, 120, true)], [{ x0: 0, y0: 90, x1: 200, y1: 118 }], frame, 12],
			expected: [{ labelX: 123, labelY: 132, labelAnchor: 'start' }]
		}
	];
	table(placeBarLabels, tests);
});
