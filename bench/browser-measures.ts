import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { transferBytes } from '../test/support/page-weight.ts';

/** What the browser fetched, each file sized as `transferBytes` sizes it. */
export interface Fetched {
	html: number;
	css: number;
	js: number;
	/** JSON, WebAssembly and Pagefind's index files. */
	other: number;
	total: number;
	files: FetchedFile[];
}

export interface FetchedFile {
	/** The path inside the built site. */
	file: string;
	kind: 'html' | 'css' | 'js' | 'other';
	bytes: number;
}

export interface SearchFigures {
	/** Bytes fetched from the first focus of the search box to the first query's results. */
	firstSearch: Fetched;
	/** From the first focus to the first query's results on screen, downloads included. */
	firstSearchMs: number;
	/** Last keystroke to results on screen, one figure per query, in order. */
	keystrokeMs: number[];
}

/** A built site as served, with its folder so that fetched URLs can be sized. */
export interface ServedSite {
	dir: string;
	url: string;
}

/** How long the network must stay quiet for a page to count as settled. */
const QUIET_MS = 500;

/**
 * Opens `pagePath` in a fresh browser context, with an empty cache, and sizes everything
 * it fetches until the network has been quiet for half a second: the first visit as a
 * reader's browser makes it, before any interaction.
 */
export async function measureFirstVisit(
	browser: Browser,
	site: ServedSite,
	pagePath: string,
): Promise<Fetched> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const fetched = recordRequests(page);
		await page.goto(new URL(pagePath, site.url).href, { waitUntil: 'load' });
		await networkQuiet(page, fetched);
		return await sizeOf(site, fetched);
	} finally {
		await context.close();
	}
}

/**
 * On a code page, focuses the header's search box and runs `firstQuery`, counting what
 * that fetches and how long it takes; then times each of `queries` from its last
 * keystroke to its results on screen, with search already loaded.
 */
export async function measureSearch(
	browser: Browser,
	site: ServedSite,
	codePage: string,
	firstQuery: string,
	queries: readonly string[],
): Promise<SearchFigures> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(new URL(codePage, site.url).href, { waitUntil: 'load' });
		await networkQuiet(page, recordRequests(page));

		const fetched = recordRequests(page);
		await watchResults(page);
		const box = page.getByRole('searchbox', { name: /^搜索错误码/ }).first();
		const focusedAt = await page.evaluate(() => performance.now());
		await box.focus();
		await box.fill(firstQuery);
		const shownAt = await resultsShown(page);
		await networkQuiet(page, fetched);
		const firstSearch = await sizeOf(site, fetched);

		const keystrokeMs: number[] = [];
		for (const query of queries) keystrokeMs.push(await timeLastKeystroke(page, query));
		return { firstSearch, firstSearchMs: shownAt - focusedAt, keystrokeMs };
	} finally {
		await context.close();
	}
}

/**
 * Types all of `query` but its last character and lets its results settle; then types
 * the last one and measures from that input event to the first paint after the results
 * change: the delay a reader sees after a keystroke.
 */
async function timeLastKeystroke(page: Page, query: string): Promise<number> {
	const box = page.getByRole('searchbox', { name: /^搜索错误码/ }).first();
	const characters = [...new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(query)].map(
		(part) => part.segment,
	);
	const last = characters.pop() ?? '';
	await box.fill(characters.join(''));
	await resultsShown(page);
	await box.focus();
	await page.keyboard.insertText(last);
	const shownAt = await resultsShown(page);
	const typedAt = await page.evaluate(() => (window as unknown as Watched).searchWatch.typedAt);
	return shownAt - typedAt;
}

interface Watched {
	searchWatch: { typedAt: number; shownAt: number };
}

/**
 * Records, in the page, when a search box last received input (the event's own time) and
 * when the results or status that followed were first painted. Search renders each
 * query's outcome by replacing the children of both, and drops outcomes of queries that
 * a newer keystroke has replaced, so the first change after an input is its outcome.
 */
async function watchResults(page: Page): Promise<void> {
	await page.evaluate(() => {
		const watch = { typedAt: 0, shownAt: 0 };
		Object.assign(window, { searchWatch: watch });
		document.addEventListener(
			'input',
			(event) => {
				watch.typedAt = event.timeStamp;
				watch.shownAt = 0;
			},
			{ capture: true },
		);
		const observer = new MutationObserver(() => {
			if (watch.shownAt !== 0 || watch.typedAt === 0) return;
			watch.shownAt = -1;
			// The frame after the change is painted once this rAF's frame is done.
			requestAnimationFrame(() => {
				setTimeout(() => (watch.shownAt = performance.now()));
			});
		});
		for (const part of document.querySelectorAll('[data-search-results], [data-search-status]')) {
			observer.observe(part, { childList: true, subtree: true, characterData: true });
		}
	});
}

async function resultsShown(page: Page): Promise<number> {
	const handle = await page.waitForFunction(() => {
		const { shownAt } = (window as unknown as Watched).searchWatch;
		return shownAt > 0 ? shownAt : false;
	});
	return (await handle.jsonValue()) as number;
}

interface Recorded {
	requests: Request[];
	lastActivity: number;
	pending: number;
}

function recordRequests(page: Page): Recorded {
	const recorded: Recorded = { requests: [], lastActivity: performance.now(), pending: 0 };
	page.on('request', () => {
		recorded.pending++;
		recorded.lastActivity = performance.now();
	});
	const done = (request: Request): void => {
		recorded.pending--;
		recorded.lastActivity = performance.now();
		recorded.requests.push(request);
	};
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	return recorded;
}

async function networkQuiet(page: Page, recorded: Recorded): Promise<void> {
	while (recorded.pending > 0 || performance.now() - recorded.lastActivity < QUIET_MS) {
		await page.waitForTimeout(100);
	}
}

async function sizeOf(site: ServedSite, recorded: Recorded): Promise<Fetched> {
	const sized = await Promise.all(
		recorded.requests.map(async (request): Promise<FetchedFile> => {
			const file = fileOf(site, request.url());
			return { file, kind: kindOf(request), bytes: await transferBytes(path.join(site.dir, file)) };
		}),
	);
	const sum = (kind?: string): number =>
		sized.filter((s) => kind === undefined || s.kind === kind).reduce((t, s) => t + s.bytes, 0);
	return {
		html: sum('html'),
		css: sum('css'),
		js: sum('js'),
		other: sum('other'),
		total: sum(),
		files: sized,
	};
}

function kindOf(request: Request): 'html' | 'css' | 'js' | 'other' {
	const type = request.resourceType();
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script' || request.url().endsWith('.js')) return 'js';
	return 'other';
}

/** The built file behind a URL, as the static server maps it. */
function fileOf(site: ServedSite, url: string): string {
	const pathname = decodeURIComponent(new URL(url).pathname);
	const inside = pathname.slice(new URL(site.url).pathname.length);
	return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}
