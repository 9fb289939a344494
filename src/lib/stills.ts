/**
 * The stills: every step's graphic as a picture, drawn by the build from the live embed page
 * (src/build/stills/). Their paths and size are shared by the build, the embed codes' fallback
 * image, the story's no-script pictures and the download links. Plain data, safe for the browser.
 */

/** Every still's size in CSS pixels (the PNG is this size; @2x doubles it). */
export const STILL = { width: 1200, height: 800 } as const;

/**
 * The phone still: the graphic as a phone lays it out, drawn at twice the pixels (its PNG is
 * 800 × 1200), for the places a phone shows a picture instead of the graphic (the story without
 * JavaScript, an embed whose scripts were stripped). The wide still shrunk to a phone is unreadable.
 */
export const NARROW = { width: 400, height: 600, scale: 2 } as const;

/** Below this width a page shows the phone still (CSS media query). */
export const NARROW_MEDIA = '(max-width: 40rem)';

/** A dark page shows the dark stills (CSS media query). */
export const DARK_MEDIA = '(prefers-color-scheme: dark)';

/** The social card's size (Open Graph's and X's large image). */
export const SOCIAL = { width: 1200, height: 630, file: 'social.png' } as const;

export const STILLS_DIR = 'stills';

export type StillTheme = 'light' | 'dark';

/** A still's file, relative to the site's root: stills/<step>.png, stills/dark/<step>.svg… */
export function stillPath(
	step: string,
	format: 'png' | 'svg' | 'png2x' | 'narrow',
	theme: StillTheme = 'light'
): string {
	const folder = theme === 'dark' ? `${STILLS_DIR}/dark` : STILLS_DIR;
	if (format === 'narrow') return `${folder}/narrow/${step}.png`;
	return format === 'png2x' ? `${folder}/${step}@2x.png` : `${folder}/${step}.${format}`;
}

/** The social card's text alternative: the headline, then what the opening graphic shows. */
export function socialAlt(headline: string, openingAlt: string): string {
	return `${headline}. ${openingAlt}`.trim();
}
