/*
 * Records in the page what a test must see and an engine's driver may not report: Content-Security-
 * Policy violations (every engine: no driver reports them), and, for WebKit, whose WebDriver classic
 * has no console or error events, console.error calls, uncaught errors, unhandled rejections, and
 * resources that failed to load. Loaded before anything else in the page: as an init script
 * (Chromium, Firefox) or as the first element of <head>, injected by the test server (WebKit).
 * Plain JavaScript, served as is. Read back by the engine adapters (tests/browser/engines/).
 */
(() => {
	if (Object.hasOwn(window, '__record')) return;
	/** @type {{ errors: string[], violations: string[] }} */
	const record = { errors: [], violations: [] };
	Object.defineProperty(window, '__record', { value: record });
	document.addEventListener('securitypolicyviolation', e =>
		record.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`)
	);
	// capture: a resource's error event does not bubble
	window.addEventListener(
		'error',
		/** @param {Event} e */ e => {
			// the one error event that is no error of the page: the spec's notice that some size
			// observations wait for the next frame. Chromium and Firefox fire it too, and their drivers
			// report it neither as an exception nor on the console, so it is left out here as well,
			// to judge the three engines alike
			if (e instanceof ErrorEvent && /^ResizeObserver loop/.test(e.message)) return;
			if (e instanceof ErrorEvent) record.errors.push(`page: ${e.message}`);
			else if (e.target instanceof Element) {
				const t = /** @type {Element & { src?: string, href?: string }} */ (e.target);
				record.errors.push(`resource: <${t.localName}> ${t.src || t.href || ''} failed`);
			}
		},
		true
	);
	window.addEventListener('unhandledrejection', e =>
		record.errors.push(`page: unhandled rejection: ${e.reason?.message ?? String(e.reason)}`)
	);
	const error = console.error;
	console.error = function (...args) {
		record.errors.push(`console: ${args.map(String).join(' ')}`);
		return error.apply(this, args);
	};
	// a fetch that got an HTTP error (engines with Resource Timing's responseStatus)
	try {
		new PerformanceObserver(list => {
			for (const entry of list.getEntries()) {
				const status = /** @type {{ responseStatus?: number }} */ (entry).responseStatus;
				if (status !== undefined && status >= 400)
					record.errors.push(`resource: ${entry.name} answered ${status}`);
			}
		}).observe({ type: 'resource', buffered: true });
	} catch {
		// no PerformanceObserver for resources: nothing more to record
	}
})();
