import chromium from '@sparticuz/chromium';
import {
	chromium as playwright,
	type Browser,
	type BrowserContextOptions,
	type Page,
} from 'playwright-core';

/**
 * Flags of `@sparticuz/chromium` meant for a one-shot serverless function. Without them
 * Chromium behaves as a browser does: a closed page does not end the process, and pages
 * keep their same-origin and mixed-content rules, which the tests rely on.
 */
export const SERVERLESS_ONLY = new Set([
	'--single-process',
	'--disable-web-security',
	'--allow-running-insecure-content',
]);

/**
 * Starts headless Chromium: the build that `@sparticuz/chromium` ships, or the one that
 * CHROMIUM_PATH names on platforms it does not cover.
 */
export async function launchBrowser(): Promise<Browser> {
	const own = process.env['CHROMIUM_PATH'];
	return playwright.launch({
		executablePath: own ?? (await chromium.executablePath()),
		args: own ? ['--no-sandbox'] : chromium.args.filter((flag) => !SERVERLESS_ONLY.has(flag)),
		headless: true,
	});
}

/**
 * A page that records what the console and uncaught errors say, so that a test can
 * insist that a page runs cleanly. A console message names the address it is about when
 * it has one, so that a test expecting a 404 can tell that answer from any other.
 * `options` set the page's own browser context: its viewport, colour scheme, whether
 * JavaScript runs, its permissions.
 */
export async function openPage(
	browser: Browser,
	options?: BrowserContextOptions,
): Promise<{ page: Page; problems: string[] }> {
	const page = await browser.newPage(options);
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error' && message.type() !== 'warning') return;
		const { url } = message.location();
		problems.push(url ? `${message.text()} (${url})` : message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	return { page, problems };
}
