import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-reader/problems';
import type { CodeEntry } from '../../src/content-reader/schemas';
import { fixtureFiles, readFixture } from '../support/fixtures';

/**
 * Each valid fixture varies one thing about how the table is written. What a code's
 * page shows is its entry: the description and fix as text (title, search, codes.json)
 * and as HTML (the page), and the range and block it is filed under.
 */
const SUCCESS: CodeEntry = {
	code: 0,
	description: '执行成功。',
	descriptionHtml: '执行成功。',
	fix: null,
	fixHtml: null,
	range: '0',
	block: '0-0',
};
const LICENSE: CodeEntry = {
	code: 5000001,
	description: 'License 格式无效。',
	descriptionHtml: 'License 格式无效。',
	fix: '请确认 License 是否正确。',
	fixHtml: '请确认 License 是否正确。',
	range: '5xxxxxx',
	block: '5000000-5000099',
};
const CAMERA: CodeEntry = {
	code: 6000101,
	description: '没有权限打开摄像头。',
	descriptionHtml: '没有权限打开摄像头。',
	fix: '请授权。',
	fixHtml: '请授权。',
	range: '6xxxxxx',
	block: '6000100-6000199',
};
const RECORDING: CodeEntry = {
	code: 6000001,
	description: '录制输出文件创建错误。',
	descriptionHtml: '录制输出文件创建错误。',
	fix: '请参考 startRecord 回调错误信息处理。',
	fixHtml: '请参考 <code>startRecord</code> 回调错误信息处理。',
	range: '6xxxxxx',
	block: '6000000-6000099',
};

/** The codes of a valid fixture, which must also be read without a warning. */
async function codesOf(fixture: string): Promise<CodeEntry[]> {
	const { codes, warnings } = await readFixture(`valid/${fixture}`);
	expect(warnings).toEqual([]);
	return codes;
}

async function rawTable(fixture: string): Promise<string> {
	return readFile(fixtureFiles(`valid/${fixture}`).table, 'utf8');
}

describe('a valid table builds whole', () => {
	it('with Windows line endings', async () => {
		const raw = await rawTable('crlf');
		// The fixture itself must keep its line endings, or this test proves nothing.
		expect(raw.match(/\r\n/g)).toHaveLength(5);
		expect(raw.replaceAll('\r\n', '')).not.toContain('\n');

		expect(await codesOf('crlf')).toEqual([SUCCESS, LICENSE, CAMERA]);
	});

	it('with a byte-order mark', async () => {
		expect((await rawTable('byte-order-mark')).startsWith('\uFEFF| 错误码 |')).toBe(true);

		expect(await codesOf('byte-order-mark')).toEqual([SUCCESS, LICENSE]);
	});

	it('inside other prose: headings and a paragraph before it, a paragraph and a list after', async () => {
		expect(await codesOf('table-in-prose')).toEqual([SUCCESS, LICENSE]);
	});

	it('with alignment in its delimiter row', async () => {
		expect(await codesOf('alignment-rows')).toEqual([SUCCESS, LICENSE]);
	});

	it('with extra spaces and tabs around cells, none at all, and no closing pipe', async () => {
		expect(await codesOf('extra-spaces')).toEqual([SUCCESS, LICENSE, CAMERA]);
	});

	it('with its rows in any order, shown in numeric order', async () => {
		const codes = await codesOf('rows-in-any-order');

		expect(codes.map((entry) => entry.code)).toEqual([0, 5000001, 5000102, 6000001, 6000101]);
		expect(codes).toEqual([
			SUCCESS,
			LICENSE,
			{
				code: 5000102,
				description: 'Token（AppSign）有误。',
				descriptionHtml: 'Token（AppSign）有误。',
				fix: 'AppSign 不正确，请联系 ZEGO 技术支持处理。',
				fixHtml: 'AppSign 不正确，请联系 ZEGO 技术支持处理。',
				range: '5xxxxxx',
				block: '5000100-5000199',
			},
			RECORDING,
			CAMERA,
		]);
	});

	it('with escaped pipes in text, in code spans and in bold, shown as plain pipes', async () => {
		expect(await codesOf('escaped-pipes')).toEqual([
			{
				code: 5000101,
				description: '参数有误：AppID | AppSign 不匹配。',
				descriptionHtml: '参数有误：AppID | AppSign 不匹配。',
				fix: '请检查 appID | appSign 的取值。',
				fixHtml: '请检查 <code>appID | appSign</code> 的取值。',
				range: '5xxxxxx',
				block: '5000100-5000199',
			},
			{
				...RECORDING,
				fix: '请确认 path|name 与 a|b 可写。',
				fixHtml: '请确认 <code>path|name</code> 与 <strong>a|b</strong> 可写。',
			},
		]);
	});

	it('with inline Markdown: code, emphasis, bold, strikethrough and links', async () => {
		expect(await codesOf('inline-markdown')).toEqual([
			{
				...LICENSE,
				descriptionHtml: 'License <em>格式</em>无效。',
				fix: '请确认 License 是否正确，见License 说明。',
				fixHtml:
					'请确认 License 是否正确，见<a href="https://example.com/avatar/license">License 说明</a>。',
			},
			RECORDING,
			{
				...RECORDING,
				code: 6000002,
				description: '录制已在进行中。',
				descriptionHtml: '<strong>录制</strong>已在进行中。',
				fix: '请先调用 stopRecord，再 重复 开始录制。',
				fixHtml: '请先调用 <code>stopRecord</code>，再 <del>重复</del> 开始录制。',
			},
		]);
	});

	it('with raw HTML, whose tags are stripped so that none reaches a page', async () => {
		const { codes } = await readFixture('valid/raw-html');

		expect(codes).toEqual([
			{
				...LICENSE,
				fix: '请确认 License 是否正确。仍有问题请联系技术支持。',
				fixHtml: '请确认 License 是否正确。仍有问题请联系技术支持。',
			},
			// The text between the tags of a script is text like any other; it is not run.
			{
				...CAMERA,
				fix: "请授权。document.title='pwned'",
				fixHtml: "请授权。document.title='pwned'",
			},
			{
				...CAMERA,
				code: 6000102,
				description: '摄像头被占用。',
				descriptionHtml: '摄像头被占用。',
				fix: '点此关闭其他应用后重试。',
				fixHtml: '点此关闭其他应用后重试。',
			},
		]);
	});

	it('with raw HTML, warning of every cell whose tags are left out', async () => {
		const { warnings } = await readFixture('valid/raw-html');
		const hint =
			'\n  Fix: Nothing to do if the cell reads as meant without the tags; otherwise ask for it to be written in Markdown.';

		expect(warnings.map(formatProblem)).toEqual(
			[
				'3:21 The description of code 5000001 holds raw HTML (<b>, </b>); the site shows the cell without it.',
				'3:53 The fix of code 5000001 holds raw HTML (<br>); the site shows the cell without it.',
				'4:23 The description of code 6000101 holds raw HTML (<img src="x" onerror="document.title=\'p…); the site shows the cell without it.',
				'4:76 The fix of code 6000101 holds raw HTML (<script>, </script>); the site shows the cell without it.',
				'5:23 The fix of code 6000102 holds raw HTML (<a href="javascript:document.title=\'pwn…, </a>); the site shows the cell without it.',
			].map((warning) => `test/fixtures/valid/raw-html/error-codes.md:${warning}${hint}`),
		);
	});

	it('with "-" as the fix, alone or among spaces, meaning there is nothing to do', async () => {
		expect(await codesOf('nothing-to-do')).toEqual([
			SUCCESS,
			{ ...LICENSE, fix: null, fixHtml: null },
			CAMERA,
		]);
	});
});
