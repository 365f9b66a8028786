import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { usePagePerTest, useSite } from '../support/browser-session';

const site = useSite(inject('siteDir'));
const tab = usePagePerTest(site);
let page: Page;

async function open(path: string): Promise<Page> {
	page = await tab.open(path);
	return page;
}

function results(list = '搜索结果') {
	return page.getByRole('list', { name: list }).getByRole('listitem');
}

/**
 * Keeps the page's search code from arriving until the returned function is called, as on
 * a slow network: what a reader does before it loads must not be lost.
 */
async function holdSearchCode(held: Page): Promise<() => void> {
	let release = (): void => undefined;
	const released = new Promise<void>((resolve) => (release = resolve));
	await held.route('**/_astro/search-ui.*.js', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

describe('the search page', () => {
	it('shows 摄像头打开失败 as 6000100 first', async () => {
		await open('search/');
		await page.getByRole('searchbox', { name: '搜索错误码' }).fill('摄像头打开失败');

		await expect
			.poll(() => results().first().getByRole('link').first().getAttribute('href'))
			.toBe('/codes/6000100/');
		expect(await results().first().locator('code').innerText()).toBe('6000100');
	});

	it('answers a signed value such as -1 with that value only, never a code starting with it', async () => {
		await open('search/?q=-1');

		await expect
			.poll(() => page.getByRole('status').innerText())
			.toBe('错误码 1 不在错误码表中。它的号码不属于任何已知号段。');
		expect(await results().count()).toBe(0);
	});

	it('reads no code into digits inside a word such as 0x5B9A75', async () => {
		await open('search/?q=0x5B9A75');

		await expect
			.poll(() => page.getByRole('status').innerText())
			.toBe('没有找到与“0x5B9A75”相关的错误码。换个说法试试，或浏览全部错误码。');
	});

	it('puts the cursor in its box when it is opened without a query', async () => {
		await open('search/');

		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null))
			.toBe('q');
	});

	it('keeps what was typed before its search code had loaded', async () => {
		page = await tab.start();
		const release = await holdSearchCode(page);
		await page.goto(site.url('search/'));
		await page.getByRole('searchbox', { name: '搜索错误码' }).pressSequentially('摄像头打开');
		release();

		await expect.poll(() => results().first().locator('code').innerText()).toBe('6000100');
		expect(await page.getByRole('searchbox', { name: '搜索错误码' }).inputValue()).toBe(
			'摄像头打开',
		);
	});

	it('runs the query in its URL, so a search can be shared', async () => {
		await open('search/?q=50002');

		await expect.poll(() => results().count()).toBe(9);
		const codes = await results().locator('a code').allInnerTexts();
		expect(codes).toEqual([
			'5000200',
			'5000201',
			'5000202',
			'5000203',
			'5000204',
			'5000205',
			'5000206',
			'5000207',
			'5000209',
		]);
	});

	it('opens the code page when a pasted full-width code is followed by Enter', async () => {
		await open('search/');
		const box = page.getByRole('searchbox', { name: '搜索错误码' });
		await box.focus();
		await page.keyboard.insertText('５０００２０５');
		await box.press('Enter');

		await page.waitForURL('**/codes/5000205/');
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('5000205');
	});

	it('says that a code outside the table is unknown and names its range', async () => {
		await open('search/?q=6000999');

		await expect
			.poll(() => page.getByRole('status').innerText())
			.toBe('错误码 6000999 不在错误码表中。按号码，它属于 6xxxxxx · 运行时 号段。');
		expect(await results().count()).toBe(0);
	});
});

/** Types a query into the search page and waits for its results. */
async function searchFor(query: string): Promise<void> {
	const box = page.getByRole('searchbox', { name: '搜索错误码' });
	await box.fill('');
	await box.pressSequentially(query);
	// The search code may still be loading while the query is typed; it then runs the
	// query when it starts. The query in the URL shows that it has run.
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query);
	await expect
		.poll(() => page.getByRole('list', { name: '搜索结果' }).getAttribute('aria-busy'))
		.toBe(null);
}

async function resultCodes(): Promise<string[]> {
	return results().locator('a code').allInnerTexts();
}

describe('the ranking of the search page', () => {
	it('keeps an exact description match first when synonyms also match other codes', async () => {
		await open('search/');
		// The vocabulary makes 证书 a word for License, so 5000001 "License 格式无效" matches too.
		await searchFor('证书无效');

		expect((await resultCodes()).slice(0, 2)).toEqual(['5000103', '5000001']);
	});

	it('lists codes that match equally well in numeric order', async () => {
		await open('search/');
		// Both fixes read 请授权。 after descriptions of the same length: a tie.
		await searchFor('请授权');

		expect((await resultCodes()).slice(0, 2)).toEqual(['6000101', '6000102']);
	});
});

describe('the results of the search page', () => {
	it('show the code, its description and its fix, with the words found marked', async () => {
		await open('search/');
		await searchFor('相机打不开');

		const first = results().first();
		expect(await first.locator('a code').innerText()).toBe('6000100');
		expect(await first.getByRole('link').innerText()).toBe('6000100 摄像头打开失败。');
		expect(await first.getByRole('link').locator('mark').allInnerTexts()).toEqual([
			'摄像头打开失败',
		]);
		// The title shows the description; the line under it, the fix, not the description again.
		expect(await first.locator('p').innerText()).toBe(
			'处理建议：请重试，或联系 ZEGO 技术支持处理。',
		);

		await searchFor('请授权');
		const granted = results().first();
		expect(await granted.getByRole('link').innerText()).toBe('6000101 没有权限打开摄像头。');
		expect(await granted.locator('p').innerText()).toBe('处理建议：请授权。');
		expect(await granted.locator('p mark').allInnerTexts()).toEqual(['请授权']);
	});

	it('are walked with the arrow keys, and Enter opens the one in focus', async () => {
		await open('search/');
		await searchFor('请授权');
		const focused = (): Promise<string | null> =>
			page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);

		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('/codes/6000101/');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('/codes/6000102/');
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe('/codes/6000101/');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');

		await page.waitForURL('**/codes/6000102/');
	});

	it('keep the query in the URL as it is typed', async () => {
		await open('search/');
		await searchFor('相机');

		expect(new URL(page.url()).searchParams.get('q')).toBe('相机');
	});

	it('say so when no code matches', async () => {
		await open('search/');
		await searchFor('xyzzy');

		expect(await page.getByRole('status').innerText()).toBe(
			'没有找到与“xyzzy”相关的错误码。换个说法试试，或浏览全部错误码。',
		);
		expect(await results().count()).toBe(0);
	});
});

describe('a search index that fails to load', () => {
	it('is named in the status, and codes are still found by number', async () => {
		page = await tab.start();
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto(site.url('search/'));

		await searchFor('摄像头');
		expect(await page.getByRole('status').innerText()).toBe(
			'搜索索引没有加载成功，请检查网络后刷新页面。也可以直接浏览全部错误码。',
		);
		expect(await page.getByRole('status').getByRole('link').getAttribute('href')).toBe('/codes/');

		await searchFor('6000101');
		expect(await resultCodes()).toEqual(['6000101']);
		// The browser reports the blocked downloads; nothing else may go wrong.
		expect(tab.problems.every((problem) => problem.includes('net::ERR_FAILED'))).toBe(true);
		tab.problems.length = 0;
	});
});

describe('the search box in the header', () => {
	it('gets focus from Ctrl+K on any page', async () => {
		await open('ranges/5xxxxxx/');
		await page.keyboard.press('Control+k');

		const box = page.getByRole('searchbox', { name: '搜索错误码（按 / 或 Ctrl+K）' });
		expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);
	});

	it('shows live results and opens the first with Enter', async () => {
		await open('codes/0/');
		const box = page.getByRole('searchbox', { name: '搜索错误码（按 / 或 Ctrl+K）' });
		await page.keyboard.press('/');
		expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);

		await page.keyboard.insertText('错误码：6000101');
		await expect
			.poll(() => results('搜索建议').first().locator('code').innerText())
			.toBe('6000101');
		await box.press('Enter');
		await page.waitForURL('**/codes/6000101/');
	});

	it('opens the code when Enter comes before the search code has loaded', async () => {
		page = await tab.start();
		const release = await holdSearchCode(page);
		await page.goto(site.url('codes/0/'));
		const box = page.getByRole('searchbox', { name: '搜索错误码（按 / 或 Ctrl+K）' });
		await box.fill('6000101');
		await box.press('Enter');
		release();

		await page.waitForURL('**/codes/6000101/');
	});

	it('opens a code typed in groups of digits, not a code made of one group', async () => {
		await open('codes/0/');
		const box = page.getByRole('searchbox', { name: '搜索错误码（按 / 或 Ctrl+K）' });
		await box.fill('6 000 101');

		await expect
			.poll(() => results('搜索建议').locator('code').allInnerTexts())
			.toEqual(['6000101']);
		await box.press('Enter');
		await page.waitForURL('**/codes/6000101/');
	});

	it('closes its results on Escape and keeps the query, then clears it on a second Escape', async () => {
		await open('codes/0/');
		const box = page.getByRole('searchbox', { name: '搜索错误码（按 / 或 Ctrl+K）' });
		await box.fill('摄像头');
		const panel = page.getByRole('list', { name: '搜索建议' });
		await expect.poll(() => panel.isVisible()).toBe(true);

		await box.press('Escape');
		expect(await panel.isVisible()).toBe(false);
		expect(await box.inputValue()).toBe('摄像头');
		await box.press('Escape');
		expect(await box.inputValue()).toBe('');
	});
});
