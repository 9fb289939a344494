// Dropped frames from the animation-frame timestamps of a scroll (./page-runs.mjs records them):
// a gap of n vsyncs is n − 1 dropped frames, laid at the door of the graphic on screen.

import { round } from './numbers.mjs';

/**
 * Dropped frames laid at the door of the graphic on screen when each late frame came, and the
 * share of them that came while a graphic was moving between steps.
 * @param {readonly number[]} frames  animation-frame timestamps (ms)
 * @param {readonly string[]} graphics  the graphic shown at each frame ('' for none)
 * @param {readonly boolean[]} moving  whether it was moving (no data-settled-step yet)
 * @returns {{ dropped: number, whileMovingPct: number | null, byGraphic: Record<string, number | null> }}
 *   byGraphic: a graphic's dropped frames as a share (%) of the vsyncs it was on screen
 */
export function attributeDrops(frames, graphics, moving, vsync = 1000 / 60) {
	/** @type {Record<string, { frames: number, dropped: number }>} */
	const byGraphic = {};
	let dropped = 0;
	let whileMoving = 0;
	for (let i = 1; i < frames.length; i++) {
		const n = Math.max(0, Math.round(((frames[i] ?? 0) - (frames[i - 1] ?? 0)) / vsync) - 1);
		const graphic = graphics[i] || '(none)';
		const counts = (byGraphic[graphic] ??= { frames: 0, dropped: 0 });
		counts.frames += 1 + n;
		counts.dropped += n;
		dropped += n;
		if (moving[i]) whileMoving += n;
	}
	return {
		dropped,
		whileMovingPct: dropped ? round((100 * whileMoving) / dropped, 1) : 0,
		byGraphic: Object.fromEntries(
			Object.entries(byGraphic).map(([g, c]) => [g, round((100 * c.dropped) / c.frames, 1)])
		)
	};
}
