import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
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
import { formatProblem } from '../../src/content-reader/problems';
import { readFixture } from '../support/fixtures';
import { VALID_FIXTURE } from '../support/sites';

/**
 * The site built from the fixture that writes its table every allowed way at once:
 * a byte-order mark, Windows line endings, prose around the table, alignment in the
 * delimiter row, irregular spaces, rows out of order, escaped pipes, inline Markdown,
 * raw HTML and "-" fixes. Each code page must show exactly what its row says.
 */
const dir = inject('fixtureSiteDir');
let pages: BuiltPage[];

beforeAll(async () => {
	pages = await Promise.all((await htmlFiles(dir)).map((file) => readPage(dir, file)));
});

function page(file: string): BuiltPage {
	const found = pages.find((p) => p.file === file);
	if (!found) throw new Error(`${file} was not built`);
	return found;
}

function innerHtml(tree: BuiltPage['tree'], selector: string): string | undefined {
	const element = select(selector, tree);
	return element && toHtml(element.children).trim();
}

const NOTHING_TO_DO = null;

/** code, description HTML, fix HTML (null: shown as "nothing to do"), breadcrumb block. */
const shown: [number, string, string | null, string][] = [
	[0, '执行成功。', NOTHING_TO_DO, '0 执行成功'],
	[
		5000001,
		'License 格式无效。',
		'请确认 License 是否正确。仍有问题请联系技术支持。',
		'5000000–5000099 License 校验',
	],
	[5000002, 'License 已过期。', '请重新生成 License。', '5000000–5000099 License 校验'],
	[
		5000101,
		'参数有误：AppID | AppSign 不匹配。',
		'请检查 <code>appID | appSign</code> 的取值。',
		'5000100–5000199 AppID / AppSign 鉴权',
	],
	[
		6000001,
		'录制输出文件创建错误。',
		'请参考 <code>startRecord</code> 回调错误信息处理，见<a href="https://example.com/avatar/record">录制说明</a>。',
		'6000000–6000099 录制',
	],
	[
		6000002,
		'<strong>录制</strong>已在进行中，本次调用被忽略。',
		NOTHING_TO_DO,
		'6000000–6000099 录制',
	],
	[
		6000101,
		'没有权限打开摄像头。',
		"请授权。document.title='pwned'",
		'6000100–6000199 摄像头与麦克风',
	],
	[6000102, '摄像头被占用。', '点此关闭其他应用后重试。', '6000100–6000199 摄像头与麦克风'],
];

describe(`the site of the fixture ${VALID_FIXTURE}`, () => {
	it.each(shown)(
		'shows code %i with its description, fix and block',
		(code, description, fix, block) => {
			const { tree } = page(`codes/${code}/index.html`);

			expect(texts(tree, 'h1')).toEqual([String(code)]);
			expect(innerHtml(tree, '.code-page .description')).toBe(description);
			if (fix === NOTHING_TO_DO) expect(texts(tree, '.code-page .fix')).toEqual(['无需处理。']);
			else expect(innerHtml(tree, '.code-page .fix')).toBe(fix);
			expect(texts(tree, 'nav[aria-label="当前位置"] a').at(-1)).toBe(block);
		},
	);

	it('titles a page with the text of its description, never its markup', () => {
		expect(texts(page('codes/6000101/index.html').tree, 'title')).toEqual([
			'6000101 没有权限打开摄像头。 · ZEGO Avatar SDK 错误码',
		]);
		expect(texts(page('codes/6000002/index.html').tree, 'title')).toEqual([
			'6000002 录制已在进行中，本次调用被忽略。 · ZEGO Avatar SDK 错误码',
		]);
	});

	it('lists the codes on /codes/ in numeric order, each with its description', () => {
		const { tree } = page('codes/index.html');
		const rows = selectAll('tbody tr', tree).filter((row) => select('th[scope="row"]', row));

		expect(rows.map((row) => toString(select('th[scope="row"] > a', row) as Element))).toEqual(
			shown.map(([code]) => String(code)),
		);
		expect(rows.map((row) => toHtml((select('td', row) as Element).children))).toEqual(
			shown.map(([, description]) => description),
		);
	});

	it('anchors each code on its range page, in the section of its block', () => {
		const sections = pages
			.filter((p) => p.file.startsWith('ranges/'))
			.flatMap((p) => selectAll('section', p.tree))
			.map(
				(section) =>
					`${attribute(section, 'ariaLabelledBy') ?? ''}: ${texts(section as never, '.code-item .code').join(' ')}`,
			);

		expect(sections).toEqual([
			'0-0: 0',
			'5000000-5000099: 5000001 5000002',
			'5000100-5000199: 5000101',
			'6000000-6000099: 6000001 6000002',
			'6000100-6000199: 6000101 6000102',
		]);
	});

	it('publishes the text and HTML of every code in /codes.json', async () => {
		const json = JSON.parse(await readFile(path.join(dir, 'codes.json'), 'utf8')) as {
			codes: {
				code: number;
				fix: string | null;
				descriptionHtml: string;
				fixHtml: string | null;
			}[];
		};

		expect(json.codes.map((entry) => [entry.code, entry.descriptionHtml, entry.fixHtml])).toEqual(
			shown.map(([code, description, fix]) => [code, description, fix]),
		);
		expect(json.codes.find((entry) => entry.code === 5000101)?.fix).toBe(
			'请检查 appID | appSign 的取值。',
		);
	});

	it('says in the build log what it read, and warns of each cell whose raw HTML it left out', async () => {
		const log = stripVTControlCharacters(inject('fixtureBuildLog'));
		const { warnings } = await readFixture(VALID_FIXTURE);

		expect(warnings.map((warning) => `${warning.line}:${warning.column}`)).toEqual([
			'7:29',
			'7:83',
			'11:21',
			'11:53',
			'13:23',
		]);
		for (const warning of warnings) {
			expect(log).toContain(`[WARN] [error-codes] ${formatProblem(warning)}\n`);
		}
		expect(log).toContain(
			'Read 8 codes from test/fixtures/valid/all-variants/error-codes.md, in 3 ranges and 5 blocks.',
		);
	});

	it('lets no raw HTML of the table reach any page as markup', () => {
		const found = pages.flatMap(({ file, tree }) => [
			...selectAll('img, iframe, object, embed', tree).map((e) => `${file}: <${e.tagName}>`),
			...selectAll('script', tree)
				.filter((e) => !isBundledScript(e))
				.map((e) => `${file}: <script>${toString(e).slice(0, 40)}`),
			...selectAll('*', tree).flatMap((e) =>
				Object.keys(e.properties)
					.filter((name) => /^on/i.test(name))
					.map((name) => `${file}: <${e.tagName} ${name}>`),
			),
			...selectAll('a[href^="javascript:" i]', tree).map(() => `${file}: javascript: link`),
		]);

		expect(found).toEqual([]);
		// The payload is on the page, as text only.
		expect(toString(page('codes/6000101/index.html').tree)).toContain("document.title='pwned'");
	});
});

/** Astro's module scripts, and the JSON data blocks that the 404 page carries. */
function isBundledScript(script: Element): boolean {
	const type = attribute(script, 'type');
	if (type === 'application/json') return !toString(script).includes('pwned');
	return type === 'module' && (attribute(script, 'src') ?? '').startsWith('/_astro/');
}
