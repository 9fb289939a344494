/**
 * A table of cases for a pure function, LayerCake-style: each row gives two tests, that the result
 * matches `expected`, and that the function leaves its arguments as they were.
 */
import { expect, it } from 'vitest';

export interface Case<A extends unknown[]> {
	title: string;
	args: A;
	expected: unknown;
}

export function table<A extends unknown[]>(fn: (...args: A) => unknown, cases: readonly Case<A>[]) {
	for (const { title, args, expected } of cases) {
		it(title, () => expect(fn(...args)).toMatchObject(expected as object));
		it(`${title}: does not mutate its input`, () => {
			const copy = structuredClone(args);
			fn(...args);
			expect(args).toEqual(copy);
		});
	}
}
