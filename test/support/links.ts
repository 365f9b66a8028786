import { existsSync } from 'node:fs';
import path from 'node:path';
import { attribute, selectAll, type BuiltPage } from './html';

const origin = 'https://site.test';

/**
 * Every internal link or anchor of a built site that leads nowhere, as `file: target`,
 * and how many internal links were checked. Links (`<a href>`, `<link href>`) and
 * assets (`<script src>`, `<img src>`) are followed as a static host serves the site from
 * under `base`; a link to the site's origin outside `base` leads nowhere, since the site
 * could not move.
 */
export function brokenLinks(
	dir: string,
	pages: readonly BuiltPage[],
	base = '/',
): { broken: string[]; checked: number } {
	const ids = new Map(pages.map((page) => [page.file, idsOf(page)]));
	const broken: string[] = [];
	let checked = 0;
	for (const { file, tree } of pages) {
		const pageUrl = new URL(base + file.replace(/index\.html$/, ''), origin);
		for (const element of selectAll('a[href], link[href], script[src], img[src]', tree)) {
			const url = new URL(attribute(element, 'href') ?? attribute(element, 'src') ?? '', pageUrl);
			if (url.origin !== origin) continue;
			checked++;

			const pathname = decodeURIComponent(url.pathname);
			const target = pathname.startsWith(base)
				? fileFor(dir, pathname.slice(base.length))
				: undefined;
			const hash = decodeURIComponent(url.hash.slice(1));
			if (!target || (hash !== '' && !ids.get(target)?.has(hash))) {
				broken.push(`${file}: ${url.pathname}${url.hash}`);
			}
		}
	}
	return { broken, checked };
}

/** The file a static host serves for a path under the base, such as `codes/0/`. */
function fileFor(dir: string, sitePath: string): string | undefined {
	const candidates =
		sitePath === '' || sitePath.endsWith('/')
			? [path.join(sitePath, 'index.html')]
			: [sitePath, `${sitePath}.html`, path.join(sitePath, 'index.html')];
	return candidates.find((candidate) => existsSync(path.join(dir, candidate)));
}

function idsOf(page: BuiltPage): Set<string> {
	return new Set(selectAll('[id]', page.tree).map((element) => attribute(element, 'id') ?? ''));
}
