/**
 * Several incidents in one city share one point on a map. This packs their circles around that
 * point without overlap, largest first at the centre, each next one as close to the centre as it
 * will go. Deterministic (a fixed set of candidate angles, no randomness). Pure.
 */

export interface Offset {
	dx: number;
	dy: number;
}

const ANGLES = Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12);

/**
 * Offsets from the shared point for circles of the given radii, in the same order as `radii`.
 * @param gap the space left between two circles, in pixels
 */
export function packAround(radii: readonly number[], gap = 1.5): Offset[] {
	const order = radii.map((r, i) => ({ r, i })).sort((a, b) => b.r - a.r || a.i - b.i);
	const placed: { x: number; y: number; r: number; i: number }[] = [];
	for (const { r, i } of order) {
		if (placed.length === 0) {
			placed.push({ x: 0, y: 0, r, i });
			continue;
		}
		let best: { x: number; y: number } | null = null;
		for (const p of placed) {
			for (const a of ANGLES) {
				const x = p.x + Math.cos(a) * (p.r + r + gap);
				const y = p.y + Math.sin(a) * (p.r + r + gap);
				const free = placed.every(q => Math.hypot(q.x - x, q.y - y) >= q.r + r + gap - 1e-9);
				if (free && (!best || Math.hypot(x, y) < Math.hypot(best.x, best.y) - 1e-9))
					best = { x, y };
			}
		}
		const spot = best ?? { x: 0, y: 0 };
		placed.push({ ...spot, r, i });
	}
	const byIndex = new Map(placed.map(p => [p.i, p]));
	return radii.map((_, i) => ({ dx: byIndex.get(i)?.x ?? 0, dy: byIndex.get(i)?.y ?? 0 }));
}
