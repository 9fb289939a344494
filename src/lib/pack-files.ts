/**
 * The story's file names outside its pages, in one place: its slug (the offline file, the briefing
 * pack) and where the build publishes the briefing pack (slides and handout), relative to the
 * site's root (pages link them through src/lib/site-url.ts). Names only: safe for the browser.
 */

/** The story's short name in file names: the offline file, the slides and the handout. */
export const STORY_SLUG = 'north-korea-crypto-missiles';

/** The briefing pack the site build writes (src/build/briefing/plugin.ts). */
export const BRIEFING_FILES = {
	/** Slides with speaker notes (PowerPoint, 16:9). */
	slides: `briefing/${STORY_SLUG}.pptx`,
	/** The printed handout (PDF). */
	handout: `briefing/${STORY_SLUG}.pdf`
} as const;
