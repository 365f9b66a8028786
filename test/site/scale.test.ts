import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReference } from '../../src/content-reader/read-content';
import type { CodeEntry } from '../../src/content-reader/schemas';
import { buildSiteOrThrow, root } from '../support/build-site';
import { attribute, htmlFiles, readPage, selectAll, texts, type BuiltPage } from '../support/html';
import { brokenLinks } from '../support/links';
import { syntheticContent } from '../support/synthetic-content';

/**
 * A generated table of 700 codes in two ranges: 1xxxxxx holds 410 codes in 51 blocks,
 * more than one page lists (300), and 2xxxxxx holds 289.
 */
const content = syntheticContent(700, { rangeCount: 2 });
const contentDir = '.test-output/scale-content';
const files = { table: `${contentDir}/error-codes.md`, ranges: `${contentDir}/ranges.yaml` };
const { codes } = checkReference({ table: content.table, ranges: content.ranges }, files);
let dir: string;
let pages: BuiltPage[];

beforeAll(async () => {
	await mkdir(path.join(root, contentDir), { recursive: true });
	await writeFile(path.join(root, files.table), content.table);
	await writeFile(path.join(root, files.ranges), content.ranges);
	({ dir } = await buildSiteOrThrow({ name: 'scale', contentDir }));
	pages = await Promise.all((await htmlFiles(dir)).map((file) => readPage(dir, file)));
});

function page(file: string): BuiltPage {
	const found = pages.find((p) => p.file === file);
	if (!found) throw new Error(`${file} was not built`);
	return found;
}

function codesIn(range: string, block?: string): string[] {
	return codes
		.filter((entry) => entry.range === range && (block === undefined || entry.block === block))
		.map((entry) => String(entry.code));
}

function blocksOf(range: string): string[] {
	return [...new Set(codes.filter((entry) => entry.range === range).map((e) => e.block))];
}

/** The numeric ids on a page: the codes it anchors. */
function anchoredCodes(built: BuiltPage): string[] {
	return selectAll('[id]', built.tree)
		.map((element) => attribute(element, 'id') ?? '')
		.filter((id) => /^\d+$/.test(id));
}

describe('a table too long for one page per range', () => {
	it('lists a range of more than 300 codes on a page per block', () => {
		const blocks = blocksOf('1xxxxxx');
		const overview = page('ranges/1xxxxxx/index.html');
		const blockLinks = selectAll('section a', overview.tree).map((a) => attribute(a, 'href'));

		expect(codesIn('1xxxxxx')).toHaveLength(410);
		expect(blocks).toHaveLength(51);
		expect(anchoredCodes(overview)).toEqual([]);
		expect(blockLinks).toEqual(blocks.map((block) => `/ranges/1xxxxxx/${block}/`));
		for (const block of blocks) {
			const blockPage = page(`ranges/1xxxxxx/${block}/index.html`);
			expect(anchoredCodes(blockPage)).toEqual(codesIn('1xxxxxx', block));
		}
	});

	it('keeps a range of at most 300 codes on one page', () => {
		expect(anchoredCodes(page('ranges/2xxxxxx/index.html'))).toEqual(codesIn('2xxxxxx'));
		expect(pages.filter((p) => p.file.startsWith('ranges/2xxxxxx/'))).toHaveLength(1);
	});

	it('anchors every code on exactly one page under /ranges/', () => {
		const anchored = pages
			.filter((p) => p.file.startsWith('ranges/'))
			.flatMap((p) => anchoredCodes(p));

		expect(anchored.sort()).toEqual(codes.map((entry) => String(entry.code)).sort());
	});

	it('lists on /codes/ every block with its count, linked to the page of its codes', () => {
		const { tree } = page('codes/index.html');
		const links = selectAll('main li a', tree).map((a) => attribute(a, 'href'));
		const lastBlock = blocksOf('2xxxxxx').at(-1) ?? '';

		expect(selectAll('main table', tree)).toHaveLength(0);
		expect(texts(tree, 'main h1 + p')).toEqual([
			'共 700 个错误码，分属 3 个号段、88 个分组。错误码太多，一页放不下，按分组分页列出：',
		]);
		expect(texts(tree, 'main h2')).toEqual([
			'0 · 成功',
			'1xxxxxx · 鉴权与授权',
			'2xxxxxx · 运行时',
		]);
		expect(links).toEqual([
			'/ranges/0/#0-0',
			...blocksOf('1xxxxxx').map((block) => `/ranges/1xxxxxx/${block}/`),
			...blocksOf('2xxxxxx').map((block) => `/ranges/2xxxxxx/#${block}`),
		]);
		expect(texts(tree, 'main li').at(-1)).toMatch(
			new RegExp(`（${codesIn('2xxxxxx', lastBlock).length} 个）$`),
		);
	});

	it('links a code page to its block page and to its row there', () => {
		const entry = codes.find((e) => e.range === '1xxxxxx') as CodeEntry;
		const { tree } = page(`codes/${entry.code}/index.html`);
		const trail = selectAll('nav[aria-label="当前位置"] a', tree).map((a) => attribute(a, 'href'));
		const rowLink = selectAll('.context a', tree).map((a) => attribute(a, 'href'));

		expect(trail).toEqual(['/', '/ranges/1xxxxxx/', `/ranges/1xxxxxx/${entry.block}/`]);
		expect(rowLink).toContain(`/ranges/1xxxxxx/${entry.block}/#${entry.code}`);
	});

	it('leaves no broken internal link or anchor', () => {
		const { broken, checked } = brokenLinks(dir, pages);

		// The home page's prose explains numbering with the real table's range 6xxxxxx.
		expect(broken).toEqual(['index.html: /ranges/6xxxxxx/']);
		expect(checked).toBeGreaterThan(700 * 5);
	});
});
