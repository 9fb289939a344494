/**
 * The cross-engine tests' entry: `eachEngine(engine => { it(…) })` declares the same test bodies
 * once per engine, in a describe block named for it. An engine that is not installed (or left out
 * by TEST_BROWSERS) gets one skipped test that says so and names the command that installs it.
 */
import { afterAll, describe, inject, it } from 'vitest';
import { chromiumEngine } from './chromium.ts';
import { firefoxEngine } from './firefox.ts';
import { INSTALL } from './start.ts';
import type { Engine, EngineInfo, EngineName } from './types.ts';
import { webkitEngine } from './webkit.ts';

export type { Engine, Frame, TestPage } from './types.ts';

/**
 * For a test that walks every step of the story: about 20 s in Chromium, up to 50 s in WebKit (a
 * round trip per call) on a machine shared with other builds; the project's default is 60 s.
 */
export const WALK_TIMEOUT = 180_000;

function create(info: EngineInfo): Engine {
	if (info.name === 'firefox') return firefoxEngine(info);
	if (info.name === 'webkit') return webkitEngine(info);
	return chromiumEngine(info);
}

/** Declares `body` for every engine; `only` narrows the list (an engine's known limitation). */
export function eachEngine(body: (engine: Engine) => void, only?: readonly EngineName[]): void {
	for (const info of inject('engines')) {
		if (only && !only.includes(info.name)) continue;
		describe(info.name, () => {
			if (info.skipped) {
				const how = info.skipped.startsWith('left out') ? '' : `; install: ${INSTALL}`;
				it.skip(`${info.name} SKIPPED: ${info.skipped}${how}`, () => {});
				return;
			}
			const engine = create(info);
			afterAll(() => engine.close());
			body(engine);
		});
	}
}

/** Chromium with a classic (15-px) scrollbar, as desktop Chrome on Windows and Linux draws it. */
export function withClassicScrollbar(body: (engine: Engine) => void): void {
	const info = inject('engines').find(e => e.name === 'chromium') as EngineInfo;
	describe('chromium, classic scrollbar', () => {
		const engine = chromiumEngine(info, { classicScrollbar: true });
		afterAll(() => engine.close());
		body(engine);
	});
}
