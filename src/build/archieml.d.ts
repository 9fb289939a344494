/** archieml ships no types; it parses ArchieML text into plain objects, arrays and strings. */
declare module 'archieml' {
	const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, unknown> };
	export default archieml;
}
