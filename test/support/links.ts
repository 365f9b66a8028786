import { existsSync } from 'node:fs';
import path from 'node:path';
import { attribute, selectAll, type BuiltPage } from './html';

const origin = 'https://site.test';

/**
 * Every internal link or anchor of a built site that leads nowhere, as `file: target`,
 * and how many internal links were checked.
 */
export function brokenLinks(
	dir: string,
	pages: readonly BuiltPage[],
): { broken: string[]; checked: number } {
	const ids = new Map(pages.map((page) => [page.file, idsOf(page)]));
	const broken: string[] = [];
	let checked = 0;
	for (const { file, tree } of pages) {
		const pageUrl = new URL(`/${file.replace(/index\.html$/, '')}`, origin);
		for (const element of selectAll('a[href], link[href]', tree)) {
			const url = new URL(attribute(element, 'href') ?? '', pageUrl);
			if (url.origin !== origin) continue;
			checked++;

			const target = fileFor(dir, decodeURIComponent(url.pathname));
			if (!target) broken.push(`${file}: ${url.pathname}`);
			else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
				broken.push(`${file}: ${url.pathname}${url.hash}`);
			}
		}
	}
	return { broken, checked };
}

/** The file a static host serves for an internal URL path. */
function fileFor(dir: string, pathname: string): string | undefined {
	const candidates = pathname.endsWith('/')
		? [path.join(pathname, 'index.html')]
		: [pathname, `${pathname}.html`, path.join(pathname, 'index.html')];
	return candidates.map((c) => c.replace(/^\//, '')).find((c) => existsSync(path.join(dir, c)));
}

function idsOf(page: BuiltPage): Set<string> {
	return new Set(selectAll('[id]', page.tree).map((element) => attribute(element, 'id') ?? ''));
}
