import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/lib/labels.ts';

const box = { left: 0, top: 0, right: 300, bottom: 200, width: 300, height: 200 };

describe('placeLabels(labels, box, obstacles)', () => {
	it('puts a lone label to the right of its point', () => {
		const [l] = placeLabels([{ id: 'a', x: 100, y: 100, r: 5, width: 40, height: 14 }], box);
		expect(l).toMatchObject({ anchor: 'start', crowded: false });
		expect(l!.x).toBeGreaterThan(105);
	});
	it('moves a label left when the right would leave the box', () => {
		const [l] = placeLabels([{ id: 'a', x: 290, y: 100, r: 5, width: 40, height: 14 }], box);
		expect(l?.anchor).toBe('end');
	});
	it('keeps two labels on the same point from colliding', () => {
		const placed = placeLabels(
			[
				{ id: 'a', x: 100, y: 100, r: 5, width: 60, height: 14 },
				{ id: 'b', x: 102, y: 101, r: 5, width: 60, height: 14 }
			],
			box
		);
		const [a, b] = placed;
		expect(a?.crowded || b?.crowded).toBe(false);
		expect(`${a?.x},${a?.y}`).not.toBe(`${b?.x},${b?.y}`);
	});
});
