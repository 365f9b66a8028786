import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser';
import { useSite } from '../support/browser-session';
import { SECURITY_POLICY } from '../support/sites';

const site = useSite(inject('siteDir'), '/', { headersFile: true });

let page: Page;
let problems: string[];

afterEach(async () => {
	expect(await violations()).toEqual([]);
	expect(problems).toEqual([]);
	await page.close();
});

/** Opens a page that records every breach of its security policy. */
async function open(path: string): Promise<Page> {
	({ page, problems } = await openPage(site.browser));
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { policyViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
		});
	});
	const response = await page.goto(site.url(path));
	expect(response?.headers()['content-security-policy']).toBe(SECURITY_POLICY);
	return page;
}

function violations(): Promise<string[]> {
	return page.evaluate(
		() => (window as unknown as { policyViolations: string[] }).policyViolations,
	);
}

function results(list = '搜索结果') {
	return page.getByRole('list', { name: list }).getByRole('listitem');
}

describe('under the strict Content-Security-Policy of public/_headers', () => {
	it('sees a breach when one happens, so a clean page means something', async () => {
		await open('codes/0/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.title = "inline"';
			document.body.append(script);
		});

		await expect.poll(violations).toEqual(['script-src-elem inline']);
		expect(await page.title()).not.toBe('inline');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/inline script.*Content Security Policy directive.*script-src/);
		problems.length = 0;
		await page.evaluate(() => {
			(window as unknown as { policyViolations: string[] }).policyViolations.length = 0;
		});
	});

	it.each(['', 'ranges/6xxxxxx/', 'codes/6000101/', 'codes/'])(
		'renders /%s with its stylesheet and script',
		async (path) => {
			await open(path);

			const sheets = await page.evaluate(() =>
				[...document.styleSheets].map(
					(sheet) => `${sheet.href ?? 'inline'} ${sheet.cssRules.length}`,
				),
			);
			expect(sheets).toEqual([
				expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/_astro\/[\w.-]+\.css [1-9]/),
			]);
			await page.keyboard.press('/');
			expect(
				await page.evaluate(() => document.activeElement?.getAttribute('type') ?? 'none'),
			).toBe('search');
		},
	);

	it('searches words with Pagefind, whose WebAssembly the policy allows', async () => {
		await open('search/?q=摄像头打开失败');

		await expect
			.poll(() => results().first().getByRole('link').first().getAttribute('href'))
			.toBe('/codes/6000100/');
	});

	it('looks codes up from the header on any page', async () => {
		await open('codes/0/');
		await page.keyboard.press('/');
		await page.keyboard.insertText('50002');

		await expect.poll(() => results('搜索建议').count()).toBe(9);
		expect(await results('搜索建议').first().locator('code').innerText()).toBe('5000200');
	});

	it('explains an unknown code on the 404 page from its JSON data block', async () => {
		await open('codes/6000999/');

		const message = page.getByText('错误码 6000999 不在错误码表中。');
		await expect.poll(() => message.isVisible()).toBe(true);
		expect(await message.getByRole('link').getAttribute('href')).toBe('/ranges/6xxxxxx/');
		// A 404 page is served with status 404, which the console reports.
		expect(problems).toEqual([
			`Failed to load resource: the server responded with a status of 404 (Not Found) (${site.server.url}codes/6000999/)`,
		]);
		problems.length = 0;
	});
});
