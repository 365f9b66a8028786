import { describe, expect, inject, it } from 'vitest';
import { usePagePerTest, useSite } from '../support/browser-session';

const site = useSite(inject('siteDir'));
const tab = usePagePerTest(site, { permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * Presses the named button in the copy buttons of `code`, waits until their status line
 * says `said`, and returns what the clipboard then holds.
 */
async function copyWith(code: number, name: string, said: string): Promise<string> {
	const { page } = tab;
	const group = page.getByRole('group', { name: `复制 ${code}` });
	await group.getByRole('button', { name, exact: true }).click();
	await expect.poll(() => group.getByRole('status').innerText()).toBe(said);
	return page.evaluate(() => navigator.clipboard.readText());
}

describe('the copy buttons on a code page', () => {
	it('copy the code, its link and a Markdown snippet, and say what they copied', async () => {
		await tab.open('codes/6000001/');

		expect(await copyWith(6000001, '复制错误码 6000001', '已复制错误码 6000001')).toBe('6000001');
		expect(await copyWith(6000001, '复制 6000001 的链接', '已复制 6000001 的链接')).toBe(
			'https://example.com/codes/6000001/',
		);
		expect(
			await copyWith(6000001, '复制 6000001 的 Markdown 摘要', '已复制 6000001 的 Markdown 摘要'),
		).toBe(
			[
				'**错误码 6000001**：录制输出文件创建错误。',
				'处理建议：请参考 `startRecord` 回调错误信息处理。',
				'https://example.com/codes/6000001/',
			].join('\n'),
		);
	});

	it('copy "nothing to do" as the fix of a code whose table cell says "-"', async () => {
		await tab.open('codes/0/');

		expect(await copyWith(0, '复制 0 的 Markdown 摘要', '已复制 0 的 Markdown 摘要')).toBe(
			['**错误码 0**：执行成功。', '处理建议：无需处理。', 'https://example.com/codes/0/'].join(
				'\n',
			),
		);
	});
});

describe('the copy buttons on a range page', () => {
	it('copy the code of their own row, and only that row says so', async () => {
		await tab.open('ranges/6xxxxxx/#6000101');

		expect(await copyWith(6000101, '复制错误码 6000101', '已复制错误码 6000101')).toBe('6000101');
		expect(await copyWith(6000101, '复制 6000101 的链接', '已复制 6000101 的链接')).toBe(
			'https://example.com/codes/6000101/',
		);
		expect(
			await copyWith(6000101, '复制 6000101 的 Markdown 摘要', '已复制 6000101 的 Markdown 摘要'),
		).toBe(
			[
				'**错误码 6000101**：没有权限打开摄像头。',
				'处理建议：请授权。',
				'https://example.com/codes/6000101/',
			].join('\n'),
		);
		const neighbour = tab.page.getByRole('group', { name: '复制 6000102' }).getByRole('status');
		expect(await neighbour.innerText()).toBe('');
	});
});

describe('a copy button whose clipboard refuses the text', () => {
	it('says how to copy by hand, in the colour of the text rather than of success', async () => {
		const page = await tab.start();
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('', 'NotAllowedError'));
		});
		await page.goto(site.url('codes/6000101/'));

		const group = page.getByRole('group', { name: '复制 6000101' });
		await group.getByRole('button', { name: '复制错误码 6000101', exact: true }).click();
		const status = group.getByRole('status');
		await expect.poll(() => status.innerText()).toBe('没能写入剪贴板，请选中文字后手动复制。');

		const colours = await status.evaluate((element) => ({
			status: getComputedStyle(element).color,
			text: getComputedStyle(document.body).color,
		}));
		expect(colours.status).toBe(colours.text);
	});
});
