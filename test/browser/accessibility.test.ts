import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { addAxe, axeViolations } from '../support/axe';
import { openPage } from '../support/browser';
import { useSite } from '../support/browser-session';
import { sitePaths } from '../support/site-pages';

const site = useSite(inject('siteDir'));

const paths = await sitePaths(inject('siteDir'));
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

/** A tab in one colour scheme, kept for the whole file, with its console record. */
interface Tab {
	page: Page;
	problems: string[];
}

const tabs = new Map<Scheme, Tab>();

beforeAll(async () => {
	for (const colorScheme of schemes) {
		const tab = await openPage(site.browser, { colorScheme });
		await addAxe(tab.page.context());
		tabs.set(colorScheme, tab);
	}
});

/**
 * Opens the address in both colour schemes side by side, lets `settle` wait for what the
 * page shows after loading, and returns, per scheme, axe's findings and the console's.
 */
async function checkBothSchemes(
	path: string,
	settle: (page: Page) => Promise<unknown> = () => Promise.resolve(),
): Promise<Record<Scheme, { violations: string[]; problems: string[] }>> {
	const url = site.url(path);
	const check = async (scheme: Scheme) => {
		const { page, problems } = tabs.get(scheme) as Tab;
		problems.length = 0;
		await page.goto(url);
		await settle(page);
		return { violations: await axeViolations(page), problems: [...problems] };
	};
	const [light, dark] = await Promise.all([check('light'), check('dark')]);
	return { light, dark };
}

const clean = { violations: [], problems: [] };

describe('every page, in the light and the dark colour scheme', () => {
	it.each(paths.map((path) => `/${path}`))(
		'%s breaks no axe rule and logs nothing',
		async (path) => {
			expect(await checkBothSchemes(`.${path}`)).toEqual({ light: clean, dark: clean });
		},
	);
});

describe('pages after a person has used them, in both colour schemes', () => {
	it('the search page with results breaks no axe rule', async () => {
		const found = await checkBothSchemes('search/?q=摄像头', (page) =>
			page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first().waitFor(),
		);
		expect(found).toEqual({ light: clean, dark: clean });
	});

	it('suggestions open under the header search box break no axe rule', async () => {
		const found = await checkBothSchemes('codes/6000101/', async (page) => {
			await page.getByRole('searchbox', { name: '搜索错误码（按 / 或 Ctrl+K）' }).fill('录制');
			await page.getByRole('list', { name: '搜索建议' }).getByRole('listitem').first().waitFor();
		});
		expect(found).toEqual({ light: clean, dark: clean });
	});

	it('the 404 page explaining an unknown code breaks no axe rule', async () => {
		const path = 'codes/6000999/';
		const found = await checkBothSchemes(path, (page) =>
			page.getByText('错误码 6000999 不在错误码表中。', { exact: false }).waitFor(),
		);

		// The one message is the browser noting the page's own 404 status.
		const status = `Failed to load resource: the server responded with a status of 404 (Not Found) (${site.url(path)})`;
		const expected = { violations: [], problems: [status] };
		expect(found).toEqual({ light: expected, dark: expected });
	});
});

describe('keyboard use', () => {
	it('reaches a visible skip link first, and it moves focus to the main content', async () => {
		const { page, problems } = await openPage(site.browser);
		await page.goto(site.url('ranges/6xxxxxx/'));
		await page.keyboard.press('Tab');

		const skip = page.getByRole('link', { name: '跳到正文' });
		expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
		const box = await skip.boundingBox();
		expect(box && box.width > 40 && box.height > 20).toBe(true);
		expect(await skip.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('solid');

		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		expect(problems).toEqual([]);
		await page.close();
	});
});
