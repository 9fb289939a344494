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
function afterFirstPaint(work: () => void): void {
	requestAnimationFrame(() => setTimeout(work, 0));
}

/**
 * How long after the load event `afterFirstContentfulPaint` gives up waiting for the browser's
 * report: Firefox reports no contentful paint for a reload that restores the scroll position.
 */
const PAINT_REPORT_WAIT_MS = 3000;

/**
 * Runs `work`, once, in a task of its own, once the browser reports the page's first contentful
 * paint (text or a picture on screen, not just a frame drawn): the moment a reader sees the page.
 * Where the browser reports no paint timing, after the first frame (`afterFirstPaint`); where it
 * reports none for this page, `PAINT_REPORT_WAIT_MS` after the load event. A tab opened in the
 * background paints, and so runs `work`, when it is shown.
 */
export function afterFirstContentfulPaint(work: () => void): void {
	if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return afterFirstPaint(work);
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		observer.disconnect();
		setTimeout(work, 0);
	};
	const observer = new PerformanceObserver(list => {
		if (list.getEntriesByName('first-contentful-paint').length > 0) start();
	});
	observer.observe({ type: 'paint', buffered: true });
	void afterPageLoad().then(() => setTimeout(start, PAINT_REPORT_WAIT_MS));
}
