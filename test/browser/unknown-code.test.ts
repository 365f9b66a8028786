import { expect, inject, it } from 'vitest';
import { openPage } from '../support/browser';
import { useSite } from '../support/browser-session';

const site = useSite(inject('siteDir'));

it('answers /codes/6000999/ with a 404 page that names its range and offers a search', async () => {
	const { page, problems } = await openPage(site.browser);
	const url = site.url('codes/6000999/');
	const response = await page.goto(url);

	expect(response?.status()).toBe(404);
	expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('页面不存在');
	const explanation = page.getByText('错误码 6000999 不在错误码表中。', { exact: false });
	expect(await explanation.innerText()).toBe(
		'错误码 6000999 不在错误码表中。按号码，它属于 6xxxxxx · 运行时 号段。可能是 SDK 版本比本表新，或者号码抄错了。',
	);
	expect(await explanation.getByRole('link').getAttribute('href')).toBe('/ranges/6xxxxxx/');

	await page.getByRole('link', { name: '搜索 6000999' }).click();
	await page.waitForURL('**/search/?q=6000999');
	await expect
		.poll(() => page.getByRole('status').innerText())
		.toBe('错误码 6000999 不在错误码表中。按号码，它属于 6xxxxxx · 运行时 号段。');

	// The one console message is the browser noting the 404 status of the first page.
	expect(problems).toEqual([
		`Failed to load resource: the server responded with a status of 404 (Not Found) (${url})`,
	]);
	await page.close();
});

it('names the block too when the unknown code falls inside one', async () => {
	const { page, problems } = await openPage(site.browser);
	const url = site.url('codes/5000208/');
	await page.goto(url);

	expect(await page.getByText('错误码 5000208', { exact: false }).innerText()).toBe(
		'错误码 5000208 不在错误码表中。按号码，它属于 5xxxxxx · 鉴权与授权 号段中的“功能授权”分组。可能是 SDK 版本比本表新，或者号码抄错了。',
	);
	expect(problems).toEqual([
		`Failed to load resource: the server responded with a status of 404 (Not Found) (${url})`,
	]);
	await page.close();
});

it('says the same in search, block included', async () => {
	const { page, problems } = await openPage(site.browser);
	await page.goto(site.url('search/?q=5000208'));

	await expect
		.poll(() => page.getByRole('status').innerText())
		.toBe(
			'错误码 5000208 不在错误码表中。按号码，它属于 5xxxxxx · 鉴权与授权 号段中的“功能授权”分组。',
		);
	expect(problems).toEqual([]);
	await page.close();
});

it('says when a number falls in no range at all, asking for no lookup that does not exist', async () => {
	const { page, problems } = await openPage(site.browser);
	const url = site.url('codes/9000001/');
	await page.goto(url);

	expect(await page.getByText('错误码 9000001', { exact: false }).innerText()).toBe(
		'错误码 9000001 不在错误码表中。它的号码不属于任何已知号段。请确认错误码是否抄写正确。',
	);
	expect(problems).toEqual([
		`Failed to load resource: the server responded with a status of 404 (Not Found) (${url})`,
	]);
	await page.close();
});

it.each(['codes/06000101/', 'codes/%EF%BC%96000101/', 'codes/06000101'])(
	'goes from %s, a code of the table written another way, to its page',
	async (path) => {
		const { page } = await openPage(site.browser);
		await page.goto(site.url(path));

		await page.waitForURL(site.url('codes/6000101/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('6000101');
		await page.close();
	},
);

it('answers an address that is not valid UTF-8 with the plain 404 page, and no script error', async () => {
	const { page, problems } = await openPage(site.browser);
	const url = site.url('codes/%E0%A4/');
	await page.goto(url);

	expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('页面不存在');
	expect(await page.locator('[data-unknown-code]').isHidden()).toBe(true);
	expect(problems).toEqual([
		`Failed to load resource: the server responded with a status of 404 (Not Found) (${url})`,
	]);
	await page.close();
});
