import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser';
import { useSite } from '../support/browser-session';
import { VALID_FIXTURE } from '../support/sites';

const site = useSite(inject('fixtureSiteDir'));

/**
 * The fixture's table carries script in its cells: an `<img onerror>`, a `<script>` and a
 * `javascript:` link, each of which would set the page's title to "pwned". The site is
 * served without its security policy here, so that only the reader stands in the way.
 */
let page: Page;
let problems: string[];
let dialogs: string[];

afterEach(async () => {
	expect(dialogs).toEqual([]);
	expect(problems).toEqual([]);
	await page.close();
});

async function open(path: string): Promise<Page> {
	({ page, problems } = await openPage(site.browser));
	dialogs = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(site.url(path));
	return page;
}

describe(`the site of the fixture ${VALID_FIXTURE}, whose cells hold script`, () => {
	it.each([
		['codes/6000101/', '6000101 没有权限打开摄像头。 · ZEGO Avatar SDK 错误码'],
		['codes/6000102/', '6000102 摄像头被占用。 · ZEGO Avatar SDK 错误码'],
		['ranges/6xxxxxx/', '6xxxxxx · 运行时 错误码 · ZEGO Avatar SDK 错误码'],
		['codes/', '全部错误码 · ZEGO Avatar SDK 错误码'],
	])('runs none of it on /%s', async (path, title) => {
		await open(path);

		expect(await page.title()).toBe(title);
		expect(await page.locator('main img, main script, main [onerror]').count()).toBe(0);
	});

	it.each([
		['6000101', "请授权。document.title='pwned'"],
		['6000102', '点此关闭其他应用后重试。'],
	])('shows the fix of %s as plain text, without a link', async (code, fix) => {
		await open(`codes/${code}/`);

		const shown = page.locator('.code-page .fix');
		expect(await shown.innerText()).toBe(fix);
		expect(await shown.getByRole('link').count()).toBe(0);
	});

	it('runs none of it in search results and their excerpts', async () => {
		await open('search/?q=摄像头');

		const items = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
		await expect.poll(() => items.count()).toBe(2);
		expect((await items.locator('a code').allInnerTexts()).sort()).toEqual(['6000101', '6000102']);
		expect(await page.title()).toBe('搜索 · ZEGO Avatar SDK 错误码');
		expect(await page.locator('main img, main [onerror]').count()).toBe(0);
	});
});
