/**
 * Resolves once the page has loaded and painted: work started behind this (map shapes, graphics
 * further down the story) cannot compete with the first screen.
 */
export function afterPageLoad(): Promise<void> {
	return new Promise(resolve => {
		const painted = () => requestAnimationFrame(() => resolve());
		if (document.readyState === 'complete') painted();
		else window.addEventListener('load', painted, { once: true });
	});
}

/**
 * Runs `work` once the browser has painted what it has: after the next frame, in a task of its
 * own. A page whose first screen is already in its HTML (the story's prerendered text and opening
 * picture) paints that first, instead of holding its first frame until its script has run.
 */
export function afterFirstPaint(work: () => void): void {
	requestAnimationFrame(() => setTimeout(work, 0));
}
