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

/** What a reader sees of a row: where it sits in the window and how it is painted. */
function looks(row: ReturnType<Page['locator']>) {
	return row.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const style = getComputedStyle(element);
		return {
			top: Math.round(box.top),
			inView: box.top >= 0 && box.bottom <= window.innerHeight,
			background: style.backgroundColor,
			edge: style.boxShadow,
		};
	});
}

describe.each([
	{ screen: 'a desktop', viewport: { width: 1280, height: 720 } },
	{ screen: 'a phone', viewport: { width: 360, height: 640 } },
])('a link to a code on its range page, on $screen', ({ viewport }) => {
	it('scrolls to the code and marks it, and only it', async () => {
		({ page, problems } = await openPage(browser, { viewport }));
		await page.goto(new URL('ranges/5xxxxxx/#5000205', server.url).href);

		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
		const target = page.locator(':target');
		expect(await target.getAttribute('id')).toBe('5000205');
		expect(await target.getByRole('heading', { level: 3 }).innerText()).toBe('5000205');

		const marked = await looks(target);
		const plain = await looks(page.locator('[id="5000204"]'));
		expect(marked.inView).toBe(true);
		expect(marked.top).toBeLessThan(100);
		expect(marked.background).not.toBe(plain.background);
		expect(marked.edge).not.toBe('none');
		expect(plain.edge).toBe('none');
	});
});

describe('the link from a code page to its row', () => {
	it('lands on that row of the range page', async () => {
		({ page, problems } = await openPage(browser));
		await page.goto(new URL('codes/6000401/', server.url).href);
		await page.getByRole('link', { name: '在号段页中查看 6000401' }).click();

		await page.waitForURL('**/ranges/6xxxxxx/#6000401');
		expect(await page.locator(':target').getAttribute('id')).toBe('6000401');
		expect((await looks(page.locator(':target'))).inView).toBe(true);
	});
});
