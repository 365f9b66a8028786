import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import { attribute, htmlFiles, readPage, selectAll, type BuiltPage } from '../support/html';

const dir = inject('siteDir');
const origin = 'https://site.test';
let pages: BuiltPage[];

beforeAll(async () => {
	pages = await Promise.all((await htmlFiles(dir)).map((file) => readPage(dir, file)));
});

/** The file a static host serves for an internal URL path. */
function fileFor(pathname: string): string | undefined {
	const candidates = pathname.endsWith('/')
		? [path.join(pathname, 'index.html')]
		: [pathname, `${pathname}.html`, path.join(pathname, 'index.html')];
	return candidates.map((c) => c.replace(/^\//, '')).find((c) => existsSync(path.join(dir, c)));
}

function idsOf(file: string): Set<string> {
	const target = pages.find((p) => p.file === file);
	return new Set(target ? selectAll('[id]', target.tree).map((e) => attribute(e, 'id') ?? '') : []);
}

it('has no broken internal link or anchor on any page', () => {
	const broken: string[] = [];
	let checked = 0;
	for (const { file, tree } of pages) {
		const pageUrl = new URL(`/${file.replace(/index\.html$/, '')}`, origin);
		for (const element of selectAll('a[href], link[href]', tree)) {
			const url = new URL(attribute(element, 'href') ?? '', pageUrl);
			if (url.origin !== origin) continue;
			checked++;

			const target = fileFor(decodeURIComponent(url.pathname));
			if (!target) broken.push(`${file}: ${url.pathname}`);
			else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
				broken.push(`${file}: ${url.pathname}${url.hash}`);
			}
		}
	}

	expect(broken).toEqual([]);
	expect(checked).toBeGreaterThan(45 * 5);
});
