/**
 * The modules src/build/dataset-plugin.ts writes at build time from data/: the validated records
 * and the story copy with its placeholders resolved.
 */
declare module 'virtual:dataset' {
	export const theftByYear: readonly import('./schemas.ts').TheftEstimate[];
}

declare module 'virtual:story' {
	export const copy: import('../story/copy.ts').Copy;
}
