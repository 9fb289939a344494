/**
 * Interpolates one graphic spec into another, field by field: numbers in between, arrays item by
 * item, objects key by key, anything else jumps to the target. The same walk as d3-interpolate's
 * generic `interpolate` for the values a spec holds (specs hold no colours or dates). Pure.
 */
export function interpolateSpec<T>(a: T, b: T): (t: number) => T {
	return interpolateValue(a, b) as (t: number) => T;
}

function interpolateValue(a: unknown, b: unknown): (t: number) => unknown {
	if (typeof b === 'number') {
		const from = typeof a === 'number' ? a : b;
		return t => from * (1 - t) + b * t;
	}
	if (Array.isArray(b)) {
		const from = Array.isArray(a) ? a : [];
		const items = b.map((item, i) =>
			i < from.length ? interpolateValue(from[i], item) : () => item
		);
		return t => items.map(f => f(t));
	}
	if (b !== null && typeof b === 'object') {
		const from = a !== null && typeof a === 'object' ? (a as Record<string, unknown>) : {};
		const keys = Object.keys(b);
		const fields = keys.map(k =>
			k in from
				? interpolateValue(from[k], (b as Record<string, unknown>)[k])
				: () => (b as Record<string, unknown>)[k]
		);
		return t =>
			Object.fromEntries(keys.map((k, i) => [k, (fields[i] as (t: number) => unknown)(t)]));
	}
	return () => b;
}
