/**
 * Circles along a line (thefts on a time axis) that would overlap are moved up or down their lane
 * until they don't: the largest first, on the lane's centre line, each next one as near the centre
 * as it will go. Deterministic (no simulation, no randomness). Pure.
 */

export interface Circle {
	cx: number;
	cy: number;
	r: number;
}

/** Space left between two circles (px). */
const GAP = 1;
/** How far each try moves a circle from the centre line (px). */
const STEP = 2;

/**
 * The circles, in the same order, each with its `cy` moved so that none overlaps another while
 * staying between `top` and `bottom` where there is room. Does not change its input.
 */
export function dodge<C extends Circle>(circles: readonly C[], top: number, bottom: number): C[] {
	const placed = new Map<C, C>();
	const centre = top + (bottom - top) / 2;
	// Placed circles by column of the axis, each column as wide as the largest circle's diameter
	// plus the gap, so a circle can only touch circles of its own column and the two beside it.
	// This runs on every frame of a transition: checking only neighbours keeps it near linear in
	// the number of circles, where checking every placed circle grew with its square.
	const cell = Math.max(1, 2 * Math.max(0, ...circles.map(c => c.r)) + GAP);
	const columns = new Map<number, C[]>();
	const columnOf = (cx: number) => Math.floor(cx / cell);
	const clear = (c: C, cy: number) => {
		const k = columnOf(c.cx);
		for (let j = k - 1; j <= k + 1; j++)
			for (const p of columns.get(j) ?? [])
				if (Math.hypot(p.cx - c.cx, p.cy - cy) < p.r + c.r + GAP) return false;
		return true;
	};
	for (const c of [...circles].sort((a, b) => b.r - a.r || a.cx - b.cx)) {
		const room = Math.max(0, (bottom - top) / 2 - c.r);
		let cy = centre;
		for (let offset = 0; offset <= room; offset += STEP) {
			if (clear(c, centre - offset)) {
				cy = centre - offset;
				break;
			}
			if (clear(c, centre + offset)) {
				cy = centre + offset;
				break;
			}
		}
		const moved = { ...c, cy };
		placed.set(c, moved);
		const k = columnOf(c.cx);
		const column = columns.get(k);
		if (column) column.push(moved);
		else columns.set(k, [moved]);
	}
	return circles.map(c => placed.get(c) as C);
}
