import { fromHtml } from 'hast-util-from-html';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readErrorTable } from '../../src/content-reader/table';
import { buildSiteOrThrow } from '../support/build-site';
import {
	attribute,
	htmlFiles,
	readPage,
	select,
	selectAll,
	texts,
	type BuiltPage,
} from '../support/html';

const siteName = 'ZEGO Avatar SDK 错误码';

/** What a page tells browsers, search engines and link previews about itself. */
interface PageMeta {
	file: string;
	lang: string | undefined;
	title: string;
	description: string | undefined;
	canonical: string | undefined;
	robots: string | undefined;
	og: Record<string, string | undefined>;
	headings: number;
}

function metaOf({ file, tree }: BuiltPage): PageMeta {
	const read = (selector: string, name: string) => {
		const element = select(selector, tree);
		return element && attribute(element, name);
	};
	const content = (selector: string) => read(selector, 'content');
	const og = Object.fromEntries(
		['type', 'site_name', 'title', 'description', 'url', 'locale'].map((key) => [
			key,
			content(`meta[property="og:${key}"]`),
		]),
	);
	return {
		file,
		lang: read('html', 'lang'),
		title: texts(tree, 'title').join('|'),
		description: content('meta[name="description"]'),
		canonical: read('link[rel="canonical"]', 'href'),
		robots: content('meta[name="robots"]'),
		og,
		headings: selectAll('h1', tree).length,
	};
}

async function readMeta(dir: string): Promise<PageMeta[]> {
	const files = await htmlFiles(dir);
	return Promise.all(files.map(async (file) => metaOf(await readPage(dir, file))));
}

/** The addresses a sitemap lists, read through the index as a crawler does. */
async function sitemapAddresses(dir: string, site: string): Promise<string[]> {
	const locs = async (file: string) =>
		texts(fromHtml(await readFile(path.join(dir, file), 'utf8')), 'loc');
	const sitemaps = await locs('sitemap-index.xml');
	const pages = await Promise.all(sitemaps.map((url) => locs(url.slice(site.length))));
	return pages.flat().sort();
}

describe('the built pages, as shared and found', () => {
	const dir = inject('siteDir');
	let pages: PageMeta[];

	beforeAll(async () => {
		pages = await readMeta(dir);
	});

	function page(file: string): PageMeta {
		const found = pages.find((p) => p.file === file);
		if (!found) throw new Error(`${file} was not built`);
		return found;
	}

	it('gives each page one h1, the language, and a title and description of its own', () => {
		expect(pages).toHaveLength(54);
		expect(pages.filter((p) => p.headings !== 1 || p.lang !== 'zh-CN')).toEqual([]);
		expect(new Set(pages.map((p) => p.title)).size).toBe(54);
		expect(new Set(pages.map((p) => p.description)).size).toBe(54);
	});

	it('names the code and its meaning in the title and description of every code page', async () => {
		const table = readErrorTable(
			await readFile('content/error-codes.md', 'utf8'),
			'content/error-codes.md',
		);
		const wrong = table.rows.filter(({ code, description }) => {
			const meta = page(`codes/${code}/index.html`);
			return (
				meta.title !== `${code} ${description} · ${siteName}` ||
				!meta.description?.startsWith(`错误码 ${code}：${description}处理建议：`)
			);
		});

		expect(wrong).toEqual([]);
		expect(page('codes/6000001/index.html').description).toBe(
			'错误码 6000001：录制输出文件创建错误。处理建议：请参考 startRecord 回调错误信息处理。',
		);
		expect(page('codes/0/index.html').description).toBe('错误码 0：执行成功。处理建议：无需处理。');
	});

	it('names the range in the title and description of a range page', () => {
		const meta = page('ranges/6xxxxxx/index.html');
		expect(meta.title).toBe(`6xxxxxx · 运行时 错误码 · ${siteName}`);
		expect(meta.description).toMatch(/^6xxxxxx · 运行时：初始化之后，/);
	});

	it('gives every page but the 404 its canonical address and matching Open Graph tags', () => {
		for (const meta of pages.filter((p) => p.file !== '404.html')) {
			const address = `https://example.com/${meta.file.replace(/index\.html$/, '')}`;
			expect(meta).toMatchObject({
				canonical: address,
				robots: undefined,
				og: {
					type: 'website',
					site_name: siteName,
					title: meta.title,
					description: meta.description,
					url: address,
					locale: 'zh_CN',
				},
			});
		}
	});

	it('keeps the 404 page, which answers at any address, out of search engines', () => {
		expect(page('404.html')).toMatchObject({ canonical: undefined, robots: 'noindex' });
		expect(page('404.html').og['url']).toBeUndefined();
	});

	it('lists in the sitemap exactly the canonical address of every page', async () => {
		const canonicals = pages.flatMap((p) => (p.canonical ? [p.canonical] : [])).sort();

		expect(await sitemapAddresses(dir, 'https://example.com/')).toEqual(canonicals);
		expect(canonicals).toHaveLength(53);
	});
});

describe('a site built for a sub-path of another origin', () => {
	const site = 'https://docs.example.org';
	const base = '/docs/errors/';
	let dir: string;
	let pages: BuiltPage[];

	beforeAll(async () => {
		({ dir } = await buildSiteOrThrow({ name: 'sub-path', base, site }));
		pages = await Promise.all((await htmlFiles(dir)).map((file) => readPage(dir, file)));
	});

	it('gives its pages canonical addresses under the sub-path', async () => {
		const codePage = pages.find((p) => p.file === 'codes/6000101/index.html');
		if (!codePage) throw new Error('codes/6000101/index.html was not built');
		const meta = metaOf(codePage);
		expect(meta.canonical).toBe('https://docs.example.org/docs/errors/codes/6000101/');
		expect(meta.og['url']).toBe(meta.canonical);

		const addresses = await sitemapAddresses(dir, `${site}${base}`);
		expect(addresses).toHaveLength(53);
		expect(addresses.filter((url) => !url.startsWith(`${site}${base}`))).toEqual([]);
	});

	it('links, loads and copies only addresses under the sub-path', () => {
		const outside: string[] = [];
		for (const { file, tree } of pages) {
			for (const element of selectAll('a[href], link[href], script[src], form[action]', tree)) {
				const url = ['href', 'src', 'action']
					.map((name) => attribute(element, name))
					.find((value) => value !== undefined) as string;
				const local = !/^[a-z]+:/.test(url) || url.startsWith(site);
				const path = url.startsWith(site) ? url.slice(site.length) : url;
				if (local && !path.startsWith('#') && !path.startsWith(base))
					outside.push(`${file}: ${url}`);
			}
		}
		const codePage = pages.find((p) => p.file === 'codes/0/index.html');
		const copied = codePage ? selectAll('button[data-copy]', codePage.tree) : [];

		expect(outside).toEqual([]);
		expect(copied.map((button) => attribute(button, 'dataCopy'))).toEqual([
			'0',
			'https://docs.example.org/docs/errors/codes/0/',
			'**错误码 0**：执行成功。\n处理建议：无需处理。\nhttps://docs.example.org/docs/errors/codes/0/',
		]);
	});
});
