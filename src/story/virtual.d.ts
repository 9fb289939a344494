/**
 * The modules src/build/dataset-plugin.ts writes at build time from the copy (data/story.aml),
 * checked and with its placeholders resolved, and the methodology's tables.
 */
declare module 'virtual:story' {
	export const copy: import('./types.ts').Copy;
}

declare module 'virtual:story-figures' {
	export const steps: import('./types.ts').StepState[];
	export const graphics: import('./types.ts').Copy['graphics'];
}

declare module 'virtual:method' {
	export const estimates: import('./method-tables.ts').EstimateRow[];
	export const counts: import('./method-tables.ts').CountRow[];
	export const reported: import('./method-tables.ts').ReportedRow[];
}

/** One graphic's share of the copy: `virtual:story-graphic/<graphic-id>`. */
declare module 'virtual:story-graphic/*' {
	const graphic: import('./types.ts').StoryGraphic;
	export default graphic;
}

/** A loader of each graphic's share of the copy, by graphic id (one per registry row). */
declare module 'virtual:story-graphic-loaders' {
	export const loaders: Record<
		import('../graphics/registry.ts').GraphicId,
		() => Promise<{ default: import('./types.ts').StoryGraphic }>
	>;
}
