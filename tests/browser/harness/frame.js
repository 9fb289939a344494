/*
 * The WebKit adapter's viewport (tests/browser/engines/webkit.ts): WebKitGTK's window cannot be
 * narrower than 447 px, so each page under test is loaded in an iframe of the exact viewport size,
 * at the top left of this page, served from the page's own origin (a same-origin frame: scrollama's
 * observers see the same viewport as at the top). No inline script or style: it runs under the
 * strict Content-Security-Policy too.
 */
const page = () => /** @type {HTMLIFrameElement} */ (document.getElementById('page'));

Object.defineProperty(window, '__frame', {
	value: {
		/**
		 * Replaces the frame with a new one at `src`, `width` × `height` CSS pixels.
		 * @param {string} src
		 * @param {number} width
		 * @param {number} height
		 */
		open(src, width, height) {
			const frame = document.createElement('iframe');
			frame.id = 'page';
			frame.title = 'Page under test';
			frame.allow = 'fullscreen; clipboard-read; clipboard-write';
			frame.allowFullscreen = true;
			frame.width = String(width);
			frame.height = String(height);
			frame.dataset.loads = '0';
			frame.addEventListener('load', () => {
				frame.dataset.loads = String(Number(frame.dataset.loads) + 1);
			});
			frame.src = src;
			document.body.replaceChildren(frame);
		},
		/** How many documents the frame has loaded (a reload adds one). */
		loads() {
			return Number(document.getElementById('page')?.dataset.loads ?? 0);
		},
		/**
		 * @param {number} width
		 * @param {number} height
		 */
		resize(width, height) {
			page().width = String(width);
			page().height = String(height);
		},
		/** Gives the frame the keyboard focus. */
		focus() {
			page().focus();
			page().contentWindow?.focus();
		}
	}
});
