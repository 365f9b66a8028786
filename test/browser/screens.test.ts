import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser';
import { useSite } from '../support/browser-session';
import { sitePaths } from '../support/site-pages';

const site = useSite(inject('siteDir'));

const paths = await sitePaths(inject('siteDir'));

/** How far the page is wider than the window, in CSS pixels; 0 when it fits. */
function overflow(page: Page): Promise<number> {
	return page.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		return Math.max(0, root.scrollWidth - root.clientWidth);
	});
}

describe('a phone 360 px wide', () => {
	let page: Page;

	beforeAll(async () => {
		({ page } = await openPage(site.browser, { viewport: { width: 360, height: 640 } }));
	});

	afterAll(async () => {
		await page.close();
	});

	it('never scrolls sideways, on any page', async () => {
		const wide: string[] = [];
		for (const path of paths) {
			await page.goto(site.url(path));
			const extra = await overflow(page);
			if (extra > 0) wide.push(`/${path}: ${extra} px too wide`);
		}

		expect(wide).toEqual([]);
		expect(paths).toHaveLength(54);
	});

	it('never scrolls sideways with search results or suggestions showing', async () => {
		await page.goto(site.url('search/?q=摄像头'));
		await page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first().waitFor();
		expect(await overflow(page)).toBe(0);

		await page.goto(site.url('codes/6000001/'));
		await page.getByRole('searchbox', { name: '搜索错误码（按 / 或 Ctrl+K）' }).fill('录制');
		await page.getByRole('list', { name: '搜索建议' }).getByRole('listitem').first().waitFor();
		expect(await overflow(page)).toBe(0);
	});

	it('shows each code of a range page as one column, its fix labelled', async () => {
		await page.goto(site.url('ranges/6xxxxxx/'));
		const row = page.locator('[id="6000101"]');
		const [description, fix] = await Promise.all([
			row.locator('.description').boundingBox(),
			row.locator('.fix').boundingBox(),
		]);

		expect(fix && description && fix.y > description.y).toBe(true);
		expect(await row.locator('.fix').innerText()).toBe('处理建议请授权。');
		const label = await row.getByText('处理建议', { exact: true }).boundingBox();
		expect(label && label.width > 40).toBe(true);
	});
});

describe('a touch screen without a keyboard', () => {
	it('names no keyboard shortcuts or arrow keys, which a keyboard still has', async () => {
		const { page } = await openPage(site.browser, {
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
		});
		await page.goto(site.url(''));
		await page.getByRole('searchbox', { name: '搜索错误码', exact: true }).waitFor();
		await page.goto(site.url('search/?q=camera'));
		await expect
			.poll(() => page.getByRole('status').innerText())
			.toBe('找到 3 个错误码，按 Enter 打开第一个。');
		await page.close();

		const { page: desk } = await openPage(site.browser);
		await desk.goto(site.url(''));
		await desk
			.getByRole('searchbox', { name: '搜索错误码（按 / 或 Ctrl+K）', exact: true })
			.waitFor();
		await desk.goto(site.url('search/?q=camera'));
		await expect
			.poll(() => desk.getByRole('status').innerText())
			.toBe('找到 3 个错误码，按 Enter 打开第一个，按 ↓ 浏览。');
		await desk.close();
	});
});

describe('a wide screen, 1280 px', () => {
	it('sets a code page beside its group, and a range page in columns', async () => {
		const { page } = await openPage(site.browser, { viewport: { width: 1280, height: 800 } });
		await page.goto(site.url('codes/6000101/'));
		const code = await page.getByRole('heading', { level: 1 }).boundingBox();
		const group = await page.getByRole('heading', { name: '所属分组' }).boundingBox();
		expect(code && group && group.x > code.x + 600 && group.y < code.y + 100).toBe(true);

		await page.goto(site.url('ranges/6xxxxxx/'));
		const row = page.locator('[id="6000101"]');
		const [description, fix] = await Promise.all([
			row.locator('.description').boundingBox(),
			row.locator('.fix').boundingBox(),
		]);
		expect(description && fix && fix.x > description.x && fix.y === description.y).toBe(true);
		await page.close();
	});
});

describe('printing', () => {
	let page: Page;

	beforeAll(async () => {
		({ page } = await openPage(site.browser));
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	});

	afterAll(async () => {
		await page.close();
	});

	/** The parts of the page a printout leaves out, of those that are on screen. */
	function printedParts(): Promise<Record<string, boolean>> {
		return page.evaluate(() => {
			const shown = (selector: string) =>
				[...document.querySelectorAll(selector)].some(
					(element) => getComputedStyle(element).display !== 'none',
				);
			return {
				search: shown('form[role="search"]'),
				footer: shown('footer'),
				buttons: shown('button'),
				address: shown('.page-address'),
				table: shown('main table, main .code-list'),
			};
		});
	}

	it.each(['codes/', 'ranges/6xxxxxx/'])(
		'prints /%s without search, footer or buttons, with its address, in black on white',
		async (path) => {
			await page.goto(site.url(path));

			expect(await printedParts()).toEqual({
				search: false,
				footer: false,
				buttons: false,
				address: true,
				table: true,
			});
			expect(await page.locator('.page-address').innerText()).toBe(
				`本页地址：https://example.com/${path}`,
			);
			const colours = await page.evaluate(() => {
				const style = getComputedStyle(document.body);
				return [style.color, getComputedStyle(document.documentElement).backgroundColor];
			});
			expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
		},
	);
});
