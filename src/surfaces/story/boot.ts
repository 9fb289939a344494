/**
 * The story page's first script (index.html). The page arrives complete: its text, its styles and
 * the opening graphic are in the HTML (src/build/prerender-plugin.ts). This small entry holds the
 * page's global styles, and fetches the rest of the script (main.ts: the live graphics, briefing
 * mode) only once the page has painted, so that on a slow connection the first picture does not
 * share the line with the code that brings it to life. Briefing mode and the notes replace the
 * page, so they load at once.
 */
import { parsePageMode } from '../../lib/page-mode.ts';
import { afterFirstContentfulPaint } from '../../graphics/after-load.ts';
import 'virtual:font-fallback.css';
import '../../styles/fonts.css';
import '../../styles/tokens.css';
import '../../styles/base.css';
import '../../styles/story.css';
import '../../styles/print.css';

const start = () => void import('./main.ts');

const mode = parsePageMode(location.search);
if (mode.ok && mode.mode === 'story') afterFirstContentfulPaint(start);
else start();
