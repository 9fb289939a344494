// Read by vite-plugin-svelte and svelte-check. Runes only: legacy `$:` and stores can't creep in.
export default {
	compilerOptions: { runes: true }
};
