import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser';
import { useSite } from '../support/browser-session';
import { BASE_PATH } from '../support/sites';

const site = useSite(inject('baseSiteDir'), BASE_PATH, { headersFile: true });

let page: Page;
let problems: string[] = [];
/** Every address the browser asked for, across all tests. */
const requested: string[] = [];

afterEach(async () => {
	expect(problems).toEqual([]);
	problems = [];
	await page.close();
});

async function open(path: string): Promise<Page> {
	({ page, problems } = await openPage(site.browser));
	page.on('request', (request) => requested.push(request.url()));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
	});
	await page.goto(site.url(path));
	return page;
}

function results(list = '搜索结果') {
	return page.getByRole('list', { name: list }).getByRole('listitem');
}

describe(`the site deployed under ${BASE_PATH}`, () => {
	it('loads its stylesheet and its script from under the base path', async () => {
		await open('codes/6000101/');

		const sheets = await page.evaluate(() =>
			[...document.styleSheets].map(
				(sheet) => `${sheet.href ?? 'inline'} ${sheet.cssRules.length}`,
			),
		);
		expect(sheets).toEqual([
			expect.stringMatching(new RegExp(`^${site.server.url}_astro/[\\w.-]+\\.css [1-9]`)),
		]);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
	});

	it('links search results for words under the base path, and opens them there', async () => {
		await open('');
		await page.keyboard.press('/');
		await page.keyboard.insertText('摄像头打开失败');

		const first = results('搜索建议').first().getByRole('link').first();
		await expect.poll(() => first.getAttribute('href')).toBe(`${BASE_PATH}codes/6000100/`);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${site.server.url}codes/6000100/`);
	});

	it('links code lookups under the base path on the search page', async () => {
		await open('search/?q=50002');

		await expect.poll(() => results().count()).toBe(9);
		const hrefs = await results().evaluateAll((items) =>
			items.map((item) => item.querySelector('a')?.getAttribute('href')),
		);
		expect(hrefs).toEqual(
			[
				'5000200',
				'5000201',
				'5000202',
				'5000203',
				'5000204',
				'5000205',
				'5000206',
				'5000207',
				'5000209',
			].map((code) => `${BASE_PATH}codes/${code}/`),
		);
	});

	it('explains an unknown code on the 404 page with links under the base path', async () => {
		await open('codes/6000999/');

		const message = page.getByText('错误码 6000999 不在错误码表中。');
		await expect.poll(() => message.isVisible()).toBe(true);
		expect(await message.getByRole('link').getAttribute('href')).toBe(
			`${BASE_PATH}ranges/6xxxxxx/`,
		);
		expect(await page.getByRole('link', { name: '搜索 6000999' }).getAttribute('href')).toBe(
			`${BASE_PATH}search/?q=6000999`,
		);
		// The page itself answers 404, as a host serves it for an unknown address.
		expect(problems.sort()).toEqual([
			`404 ${site.server.url}codes/6000999/`,
			`Failed to load resource: the server responded with a status of 404 (Not Found) (${site.server.url}codes/6000999/)`,
		]);
		problems.length = 0;
	});

	it('never asked for an address outside the base path', () => {
		const outside = requested.filter((url) => !url.startsWith(site.server.url));

		expect(outside).toEqual([]);
		// Search ran: Pagefind's engine and index, and the code lookup, were fetched.
		expect(requested).toEqual(
			expect.arrayContaining([
				`${site.server.url}pagefind/pagefind.js`,
				expect.stringMatching(new RegExp(`^${site.server.url}pagefind/wasm\\.[\\w-]+\\.pagefind$`)),
				`${site.server.url}lookup/index.json`,
				`${site.server.url}lookup/5000.json`,
			]),
		);
	});
});
