import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { serveSite, type ServeOptions, type StaticServer } from './serve';

/** A built site served over HTTP and a Chromium to visit it, shared by a file's tests. */
export interface SiteSession {
	readonly browser: Browser;
	readonly server: StaticServer;
	/** The full address of a path of the site, such as `codes/0/`. */
	url(path: string): string;
}

/**
 * Serves the site in `dir` and starts Chromium before the tests of the calling file, and
 * stops both after them.
 */
export function useSite(dir: string, base = '/', options?: ServeOptions): SiteSession {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		server = await serveSite(dir, base, options);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	return {
		get browser() {
			return ready(browser, 'browser');
		},
		get server() {
			return ready(server, 'server');
		},
		url: (path) => new URL(path, ready(server, 'server').url).href,
	};
}

/** The page of the current test and what its console said. */
export interface TestPage {
	readonly page: Page;
	readonly problems: string[];
	/** Opens a new page for this test without going anywhere yet. */
	start(options?: BrowserContextOptions): Promise<Page>;
	/** Opens a new page for this test at a path of the site. */
	open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * A fresh page per test, with `defaults` for its browser context. After each test the
 * page's console must have stayed clean, and the page is closed.
 */
export function usePagePerTest(site: SiteSession, defaults?: BrowserContextOptions): TestPage {
	let current: { page: Page; problems: string[] } | undefined;
	afterEach(async () => {
		if (!current) return;
		const { page, problems } = current;
		current = undefined;
		await page.close();
		expect(problems).toEqual([]);
	});

	const start = async (options?: BrowserContextOptions): Promise<Page> => {
		current = await openPage(site.browser, { ...defaults, ...options });
		return current.page;
	};
	return {
		get page() {
			return ready(current, 'page').page;
		},
		get problems() {
			return ready(current, 'page').problems;
		},
		start,
		open: async (path, options) => {
			const page = await start(options);
			await page.goto(site.url(path));
			return page;
		},
	};
}

function ready<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`The ${what} is not open yet: use it inside a test.`);
	return value;
}
