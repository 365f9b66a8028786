import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { readErrorTable } from '../../src/content-reader/table';
import { openPage } from '../support/browser';
import { useSite } from '../support/browser-session';

const site = useSite(inject('siteDir'));

let page: Page;
let problems: string[];

beforeAll(async () => {
	({ page, problems } = await openPage(site.browser, { javaScriptEnabled: false }));
});

afterAll(async () => {
	await page.close();
});

/** The pages that links in the main content lead to, among those matching `pattern`. */
async function linksIn(pattern: RegExp): Promise<string[]> {
	const hrefs = await page
		.getByRole('main')
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
	const pages = hrefs.map((href) => new URL(href)).filter((url) => pattern.test(url.pathname));
	return [...new Set(pages.map((url) => url.origin + url.pathname))];
}

it('reaches every range from the home page and every code from the range pages', async () => {
	const table = readErrorTable(
		await readFile('content/error-codes.md', 'utf8'),
		'content/error-codes.md',
	);
	await page.goto(site.server.url);
	const rangePages = await linksIn(/^\/ranges\/[^/]+\/$/);

	const reached: string[] = [];
	for (const rangePage of rangePages) {
		await page.goto(rangePage);
		expect(await page.getByRole('button', { name: /复制/ }).count()).toBe(0);
		for (const codePage of await linksIn(/^\/codes\/\d+\/$/)) {
			await page.goto(codePage);
			reached.push(await page.getByRole('heading', { level: 1 }).innerText());
		}
	}

	expect(rangePages.map((url) => new URL(url).pathname)).toEqual([
		'/ranges/0/',
		'/ranges/1xxxxxx/',
		'/ranges/5xxxxxx/',
		'/ranges/6xxxxxx/',
		'/ranges/7xxxxxx/',
	]);
	expect(reached.sort()).toEqual(table.rows.map((row) => String(row.code)).sort());
	expect(problems).toEqual([]);
});

it('shows no copy button that could not work, and says that search needs JavaScript', async () => {
	await page.goto(site.url('codes/6000101/'));
	expect(await page.getByRole('button', { name: /复制/ }).count()).toBe(0);
	expect(await page.getByRole('group', { name: '复制 6000101' }).count()).toBe(0);

	await page.goto(site.url('search/'));
	// Playwright's text search skips <noscript>, so the note is found by its class.
	const note = page.locator('main p.noscript');
	expect(await note.isVisible()).toBe(true);
	expect(await note.innerText()).toBe(
		'搜索需要 JavaScript。也可以在全部错误码中按号码查找，或从首页按号段浏览。',
	);
});
