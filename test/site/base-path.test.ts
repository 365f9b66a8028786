import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attribute, htmlFiles, readPage, selectAll, type BuiltPage } from '../support/html';
import { BASE_PATH } from '../support/sites';

const dir = inject('baseSiteDir');
/** The default SITE_URL: canonical links and the sitemap are absolute on it. */
const site = 'https://example.com';
let pages: BuiltPage[];

beforeAll(async () => {
	pages = await Promise.all((await htmlFiles(dir)).map((file) => readPage(dir, file)));
});

/** Every address a page refers to, resolved the way a browser on the deployed site would. */
function addressesOf({ file, tree }: BuiltPage): URL[] {
	const pageUrl = new URL(BASE_PATH + file.replace(/index\.html$/, ''), site);
	const attributes: [string, string][] = [
		['[href]', 'href'],
		['[src]', 'src'],
		['form[action]', 'action'],
		['meta[property="og:url"]', 'content'],
	];
	return attributes.flatMap(([selector, name]) =>
		selectAll(selector, tree).map((element) => new URL(attribute(element, name) ?? '', pageUrl)),
	);
}

describe(`the site built for ${BASE_PATH}`, () => {
	it('refers only to addresses under the base path, on every page', () => {
		const addresses = pages.flatMap((page) =>
			addressesOf(page).map((url) => ({ page: page.file, url })),
		);
		const outside = addresses
			.filter(({ url }) => url.origin !== site || !url.pathname.startsWith(BASE_PATH))
			.map(({ page, url }) => `${page}: ${url.href}`);

		expect(outside).toEqual([]);
		expect(addresses.length).toBeGreaterThan(54 * 15);
	});

	it('gives every code in /codes.json a URL under the base path', async () => {
		const json = JSON.parse(await readFile(path.join(dir, 'codes.json'), 'utf8')) as {
			codes: { code: number; url: string }[];
		};

		expect(json.codes).toHaveLength(45);
		expect(json.codes.filter(({ code, url }) => url !== `${BASE_PATH}codes/${code}/`)).toEqual([]);
	});

	it('lists every page in the sitemap under the base path', async () => {
		const sitemap = await readFile(path.join(dir, 'sitemap-0.xml'), 'utf8');
		const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

		expect(locations).toHaveLength(53);
		expect(locations.filter((url) => !url?.startsWith(`${site}${BASE_PATH}`))).toEqual([]);
	});
});
