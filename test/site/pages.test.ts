import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readErrorTable } from '../../src/content-reader/table';
import {
	attribute,
	htmlFiles,
	readPage,
	select,
	selectAll,
	texts,
	toString,
	type BuiltPage,
} from '../support/html';

const dir = inject('siteDir');
let tableCodes: string[];
let pages: BuiltPage[];

beforeAll(async () => {
	const table = readErrorTable(
		await readFile('content/error-codes.md', 'utf8'),
		'content/error-codes.md',
	);
	tableCodes = table.rows.map((row) => String(row.code));
	pages = await Promise.all((await htmlFiles(dir)).map((file) => readPage(dir, file)));
});

function page(file: string): BuiltPage {
	const found = pages.find((p) => p.file === file);
	if (!found) throw new Error(`${file} was not built`);
	return found;
}

describe('the built site', () => {
	it('has one code page per row of the table, and no other', () => {
		const codePages = pages
			.map((p) => /^codes\/([^/]+)\/index\.html$/.exec(p.file)?.[1])
			.filter((code) => code !== undefined);

		expect(codePages.sort()).toEqual([...tableCodes].sort());
		expect(codePages).toHaveLength(45);
	});

	it('shows each code page its code, description, fix, range and block', () => {
		const { tree } = page('codes/6000101/index.html');

		expect(texts(tree, 'h1')).toEqual(['6000101']);
		expect(texts(tree, '.code-page .description')).toEqual(['没有权限打开摄像头。']);
		expect(texts(tree, '.code-page .fix')).toEqual(['请授权。']);
		expect(texts(tree, 'nav[aria-label="当前位置"] a')).toEqual([
			'首页',
			'6xxxxxx · 运行时',
			'6000100–6000199 摄像头与麦克风',
		]);
		expect(texts(tree, 'nav[aria-label="相邻错误码"] code')).toEqual(['6000100', '6000102']);
		expect(texts(tree, 'title')[0]).toBe('6000101 没有权限打开摄像头。 · ZEGO Avatar SDK 错误码');
	});

	it('shows a "-" fix as nothing to do, and inline code as code', () => {
		expect(texts(page('codes/0/index.html').tree, '.code-page .fix')).toEqual(['无需处理。']);
		const fix = select('.code-page .fix code', page('codes/6000001/index.html').tree);
		expect(fix && toString(fix)).toBe('startRecord');
	});

	it('anchors every code on exactly one range page, the page of its range', () => {
		const rangePages = pages.filter((p) => p.file.startsWith('ranges/'));
		const anchors = rangePages.flatMap((p) =>
			selectAll('[id]', p.tree)
				.map((element) => attribute(element, 'id'))
				.filter((id) => id !== undefined && /^\d+$/.test(id))
				.map((id) => `${id} ${p.file}`),
		);

		expect(anchors.map((anchor) => anchor.split(' ')[0]).sort()).toEqual([...tableCodes].sort());
		expect(anchors).toContain('6000101 ranges/6xxxxxx/index.html');
		expect(anchors).toContain('0 ranges/0/index.html');
	});

	it('lists the codes of a range page in their blocks, in numeric order', () => {
		const { tree } = page('ranges/6xxxxxx/index.html');
		const section = selectAll('section', tree).find((s) => select('h2[id="6000100-6000199"]', s));

		expect(texts(tree, 'h1')).toEqual(['6xxxxxx · 运行时']);
		expect(section && texts(section as never, '.code-item .code')).toEqual([
			'6000100',
			'6000101',
			'6000102',
		]);
	});

	it('lists every code once on /codes/, in numeric order', () => {
		const codes = texts(page('codes/index.html').tree, 'tbody th[scope="row"] > a:first-child');
		expect(codes).toEqual(tableCodes);
	});

	it('publishes /codes.json with every code in numeric order', async () => {
		const json = JSON.parse(await readFile(path.join(dir, 'codes.json'), 'utf8')) as {
			codes: Record<string, unknown>[];
		};

		expect(json.codes.map((entry) => String(entry['code']))).toEqual(tableCodes);
		expect(json.codes.find((entry) => entry['code'] === 6000001)).toEqual({
			code: 6000001,
			description: '录制输出文件创建错误。',
			fix: '请参考 startRecord 回调错误信息处理。',
			descriptionHtml: '录制输出文件创建错误。',
			fixHtml: '请参考 <code>startRecord</code> 回调错误信息处理。',
			range: '6xxxxxx',
			block: '6000000-6000099',
			url: '/codes/6000001/',
		});
	});

	it('builds the home page, the search page and the 404 page', () => {
		expect(texts(page('index.html').tree, 'h1')).toEqual(['ZEGO Avatar SDK 错误码']);
		expect(texts(page('index.html').tree, '.ranges h3')).toEqual([
			'0 成功',
			'1xxxxxx 通用错误',
			'5xxxxxx 鉴权与授权',
			'6xxxxxx 运行时',
			'7xxxxxx AR 驱动',
		]);
		expect(selectAll('ol[aria-label="搜索结果"]', page('search/index.html').tree)).toHaveLength(1);
		expect(texts(page('404.html').tree, 'h1')).toEqual(['页面不存在']);
	});

	it('indexes exactly one search record per code', async () => {
		const entry = JSON.parse(
			await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'),
		) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
		expect(entry.languages['zh-cn']?.page_count).toBe(45);
	});

	it('says in the build log what it read and indexed', () => {
		const log = inject('siteBuildLog');
		expect(log).toContain('Read 45 codes from content/error-codes.md, in 5 ranges and 13 blocks.');
		expect(log).toMatch(/Indexed 45 code pages for search \(54 HTML files read\) in \d+\.\d s\./);
		expect(log).not.toContain('[WARN] [error-codes]');
	});
});
