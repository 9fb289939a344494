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
