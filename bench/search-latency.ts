/**
 * Measures search in headless Chromium on a built site (`npm run build` first):
 *
 * - the bytes that opening the search page and running a first query download, by file;
 * - for every query of the test query sets, the time from the last keystroke to its
 *   results on screen (the results list stops being busy, then a frame is painted).
 *
 * Prints figures and asserts nothing: timings depend on the machine and its load.
 * Usage: node bench/search-latency.ts [site folder, default dist]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser } from '../test/support/browser.ts';
import { serveSite } from '../test/support/serve.ts';

interface QueryCase {
	query: string;
}

const QUERY_SETS = ['search-queries.yaml', 'search-queries-more.yaml'];
const FIRST_QUERY = '摄像头打开失败';

const site = path.resolve(process.argv[2] ?? 'dist');
const server = await serveSite(site);
const browser = await launchBrowser();
try {
	const page = await browser.newPage();
	const downloads = recordDownloads(page);
	await page.goto(new URL('search/', server.url).href);
	await watchResults(page);
	const startedAt = await page.evaluate(() => performance.now());
	await typeQuery(page, FIRST_QUERY);
	await lastLatency(page);
	const firstQueryMs = await page.evaluate(
		(start) =>
			(window as unknown as { searchTiming: { shownAt: number } }).searchTiming.shownAt - start,
		startedAt,
	);
	reportDownloads(await Promise.all(downloads), firstQueryMs);

	for (const file of QUERY_SETS) {
		const queries = await readQueries(file);
		const latencies: number[] = [];
		for (const query of queries) {
			await typeQuery(page, query);
			latencies.push(await lastLatency(page));
		}
		reportLatencies(file, latencies);
	}
} finally {
	await browser.close();
	await server.close();
}

interface Download {
	url: string;
	/** As served here, without compression. */
	bytes: number;
	/** As a host that compresses with gzip would send it. */
	gzipBytes: number;
}

function recordDownloads(page: Page): Promise<Download>[] {
	const downloads: Promise<Download>[] = [];
	page.on('requestfinished', (request: Request) => {
		downloads.push(
			(async () => {
				const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
				return { url: request.url(), bytes: body.length, gzipBytes: gzipSync(body).length };
			})(),
		);
	});
	return downloads;
}

/** Records, in the page, when the last keystroke came and when its results were painted. */
async function watchResults(page: Page): Promise<void> {
	await page.evaluate(() => {
		const state = { typedAt: 0, shownAt: 0 };
		Object.assign(window, { searchTiming: state });
		const box = document.querySelector<HTMLInputElement>('input[name="q"]');
		const list = document.querySelector('[data-search-results]');
		box?.addEventListener('input', () => {
			state.typedAt = performance.now();
			state.shownAt = 0;
		});
		if (!list) return;
		new MutationObserver(() => {
			if (list.getAttribute('aria-busy') === null) {
				requestAnimationFrame(() => (state.shownAt = performance.now()));
			}
		}).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
	});
}

async function typeQuery(page: Page, query: string): Promise<void> {
	const box = page.getByRole('searchbox', { name: '搜索错误码' });
	await box.fill('');
	await page.waitForFunction(
		() => document.querySelector('[data-search-results][aria-busy]') === null,
	);
	await box.pressSequentially(query);
}

async function lastLatency(page: Page): Promise<number> {
	const handle = await page.waitForFunction(() => {
		const { typedAt, shownAt } = (window as unknown as { searchTiming: Record<string, number> })
			.searchTiming;
		const busy = document.querySelector('[data-search-results][aria-busy]') !== null;
		return !busy && shownAt !== undefined && typedAt !== undefined && shownAt > typedAt
			? shownAt - typedAt
			: false;
	});
	return (await handle.jsonValue()) as number;
}

async function readQueries(file: string): Promise<string[]> {
	const source = await readFile(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8');
	const sets = parse(source) as Record<string, QueryCase[]>;
	return Object.values(sets).flatMap((cases) => cases.map((item) => item.query));
}

function reportDownloads(downloads: Download[], firstQueryMs: number): void {
	const sum = (files: Download[], size: (file: Download) => number): string =>
		kb(files.reduce((total, file) => total + size(file), 0));
	const search = downloads.filter((file) => !/\.(html|css)$|\/search\/$/.test(file.url));
	console.log(`Opening /search/ and searching "${FIRST_QUERY}" downloaded (as served, gzip):`);
	for (const { url, bytes, gzipBytes } of [...downloads].sort((a, b) => b.bytes - a.bytes)) {
		console.log(
			`  ${kb(bytes).padStart(9)} ${kb(gzipBytes).padStart(9)}  ${new URL(url).pathname}`,
		);
	}
	const line = (files: Download[], what: string): void => {
		const served = sum(files, (file) => file.bytes);
		console.log(
			`  ${served.padStart(9)} ${sum(files, (file) => file.gzipBytes).padStart(9)}  ${what}`,
		);
	};
	line(downloads, `in all, ${downloads.length} files`);
	line(search, `for search: all but the page's HTML and CSS, ${search.length} files`);
	console.log(
		`First query, from its first keystroke to its results, downloads included: ${firstQueryMs.toFixed(0)} ms.`,
	);
}

function reportLatencies(file: string, latencies: number[]): void {
	const sorted = [...latencies].sort((a, b) => a - b);
	const at = (share: number): string =>
		(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0).toFixed(1);
	console.log(
		`${file}: ${sorted.length} queries, last keystroke to results on screen: ` +
			`median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms.`,
	);
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
