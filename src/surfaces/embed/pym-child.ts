/**
 * The child half of pym.js, in our own small code: tells the host page how tall the embed is
 * whenever that changes (growing and shrinking), and answers the parent's width messages with the
 * height. Messages in the pym.js format (src/lib/pym.ts), so an existing `new pym.Parent(...)`
 * embed code sizes the iframe. Anything else that arrives is ignored.
 *
 * Only in a frame whose URL has pym.Parent's `childId`; on its own the page does nothing here.
 */
import { parsePymMessage, pymMessage } from '../../lib/pym.ts';

export function startPymChild(search: string): () => void {
	const id = new URLSearchParams(search).get('childId');
	if (!id || window.parent === window) return () => {};
	const parent = window.parent;
	let sent = -1;
	const sendHeight = (force = false) => {
		// the body's own height: nothing in the embed sizes itself to the frame's height, so
		// reporting it can never feed back into it
		const height = Math.ceil(document.body.getBoundingClientRect().height);
		if (height === sent && !force) return;
		sent = height;
		parent.postMessage(pymMessage(id, 'height', String(height)), '*');
	};
	const observer = new ResizeObserver(() => sendHeight());
	observer.observe(document.body);
	const onMessage = (event: MessageEvent) => {
		if (event.source !== parent) return;
		const message = parsePymMessage(event.data, id);
		if (message?.type === 'width') sendHeight(true);
	};
	window.addEventListener('message', onMessage);
	sendHeight(true);
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
	};
}
