import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Makes axe-core, from its npm package, part of every page the context opens. An init
 * script runs before the page's own and is not subject to its Content-Security-Policy.
 */
export async function addAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: axe.source });
}

/**
 * Runs axe-core on the page with its default rules (WCAG 2 A and AA and best practices)
 * and returns each rule it finds broken as one line: the rule, its help text and the
 * elements at fault.
 */
export function axeViolations(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const { axe: inPage } = window as unknown as { axe: typeof axe };
		const { violations } = await inPage.run(document, { resultTypes: ['violations'] });
		return violations.map(
			(rule) =>
				`${rule.id} (${rule.help}): ${rule.nodes.map((node) => node.target.join(' ')).join(', ')}`,
		);
	});
}
