/**
 * The embed page's first script (embed.html and each embed/<graphic-id>/ folder). A folder's page
 * arrives written at its graphic's first step, styles included (src/build/prerender-plugin.ts):
 * this small entry holds the page's global styles and fetches the rest of the script (main.ts:
 * the graphic, its controls, the height for the host) once that page has painted, so that on a
 * slow connection the words are on screen before the code that draws the graphic. A page with
 * nothing written (embed.html, whose graphic only the query names) or with its written page
 * hidden for a URL that asks for another step (public/embed-early.js) loads it at once.
 */
import { afterFirstContentfulPaint } from '../../graphics/after-load.ts';
import 'virtual:font-fallback.css';
import '../../styles/fonts.css';
import '../../styles/tokens.css';
import '../../styles/base.css';

const start = () => void import('./main.ts');

const written =
	!!document.getElementById('app')?.hasChildNodes() &&
	!document.documentElement.hasAttribute('data-embed-waiting');
if (written) afterFirstContentfulPaint(start);
else start();
