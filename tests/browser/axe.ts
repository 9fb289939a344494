/** axe-core in a page: the rules for WCAG 2.2 A and AA and axe's best practices. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The violations on the page, one line each (rule, impact, where), or [] when clean. `include`
 * limits the check to parts of the page (selectors).
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
	return page.evaluate(
		async ({ tags, include }) => {
			type Result = {
				violations: {
					id: string;
					impact: string;
					nodes: { target: string[]; failureSummary: string }[];
				}[];
			};
			const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<Result> } }).axe;
			const context = include ? { include: include.map(s => [s]) } : document;
			const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
			return result.violations.map(
				v =>
					`${v.id} (${v.impact}): ${v.nodes
						.slice(0, 3)
						.map(n => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`)
						.join(' | ')}`
			);
		},
		{ tags: TAGS, include }
	);
}
