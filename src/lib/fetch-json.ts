/**
 * The one way the browser downloads a JSON file of the site (the data files, the map shapes):
 * from the site's own address, parsed with JSON.parse; an answer other than OK is an error that
 * names the file, for the message a reader or a producer sees.
 */
import { siteUrl } from './site-url.ts';

export async function fetchJson(file: string): Promise<unknown> {
	const response = await fetch(siteUrl(file));
	if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
	return JSON.parse(await response.text()) as unknown;
}
