/*
 * Runs in the embed page's <head>, before its first paint (a classic, synchronous script: the
 * page's module scripts run only after it has painted).
 *
 * An embed folder's page (embed/<graphic-id>/) is written at its graphic's first step, so its
 * text paints before any script (src/build/prerender-plugin.ts). A URL that asks for something
 * else (another step or graphic, a still, or a theme other than the reader's own) marks the page
 * so that the written one stays hidden until the script has drawn what was asked: a reader never
 * sees the wrong step's words, or the wrong palette, for a moment. src/surfaces/embed/main.ts
 * removes the mark once it has mounted the page. The query's names are those of
 * src/lib/embed-params.ts and src/lib/theme.ts; tests/unit/surfaces/embed-early.test.ts keeps
 * them in step.
 */
(function () {
	var query = new URLSearchParams(location.search);
	var theme = query.get('theme');
	var other =
		query.has('step') ||
		query.has('graphic') ||
		query.has('still') ||
		(theme !== null && theme !== 'auto');
	if (other) document.documentElement.setAttribute('data-embed-waiting', '');
})();
