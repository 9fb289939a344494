/** Showing a value from a URL in a message: quoted and shortened. It is rendered as text, never HTML. */
const MAX_SHOWN = 60;

export function quote(value: string): string {
	return `"${value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value}"`;
}
