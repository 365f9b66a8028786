import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { serveSite, type StaticServer } from '../support/serve';

let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
	server = await serveSite(inject('siteDir'));
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser.close();
	await server.close();
});

afterEach(async () => {
	expect(problems).toEqual([]);
	await page.close();
});

async function open(path: string): Promise<Page> {
	({ page, problems } = await openPage(browser));
	await page.goto(new URL(path, server.url).href);
	return page;
}

function results(list = '搜索结果') {
	return page.getByRole('list', { name: list }).getByRole('listitem');
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

describe('the search box in the header', () => {
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
});

describe('a link to a code on its range page', () => {
	it('lands on the code', async () => {
		await open('ranges/6xxxxxx/#6000101');

		const target = page.locator(':target');
		expect(await target.getAttribute('id')).toBe('6000101');
		expect(await target.locator('.code').innerText()).toBe('6000101');
		const box = await target.boundingBox();
		const viewport = page.viewportSize();
		expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
	});
});
