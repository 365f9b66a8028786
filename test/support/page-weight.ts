import { init, parse } from 'es-module-lexer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { attribute, readPage, selectAll } from './html.ts';

/**
 * What a page costs a reader on the wire, read from the built files: each file counts
 * with its gzip size (zlib's default level, as a server compresses on the fly), except
 * files that are gzip already, such as Pagefind's index, which count as they are.
 * Sizes are in bytes.
 */
export interface FirstVisit {
	html: number;
	css: number;
	js: number;
	total: number;
	/** Every file the visit fetches, as paths inside the site, the page first. */
	files: string[];
}

/** What the site's pages reference with `base` in front, such as `/docs/errors/`. */
export interface SiteFiles {
	dir: string;
	base?: string;
}

/** The bytes a file costs to send. */
export async function transferBytes(file: string): Promise<number> {
	const bytes = await readFile(file);
	return isGzip(bytes) ? bytes.length : gzipSync(bytes).length;
}

function isGzip(bytes: Buffer): boolean {
	return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The first visit of a built page: the page, its stylesheets and its scripts with every
 * module they import up front. A module imported with `import()` runs only when the page
 * asks for it, such as the search code on the first focus of a search box, so it counts
 * only when `withDynamicImports` says the page asks at once, as the search page does.
 */
export async function firstVisit(
	site: SiteFiles,
	page: string,
	{ withDynamicImports = false } = {},
): Promise<FirstVisit> {
	const { tree } = await readPage(site.dir, page);
	const stylesheets = selectAll('link[rel~="stylesheet"][href]', tree);
	const scripts = [
		...selectAll('script[src]', tree),
		...selectAll('link[rel="modulepreload"][href]', tree),
	];
	const reference = (element: (typeof scripts)[number], name: string): string =>
		insideSite(site, attribute(element, name) ?? '');

	const css = stylesheets.map((element) => reference(element, 'href'));
	const roots = scripts.map((element) =>
		reference(element, element.tagName === 'script' ? 'src' : 'href'),
	);
	const js = await moduleClosure(site.dir, roots, withDynamicImports);

	const [html, cssBytes, jsBytes] = await Promise.all([
		transferBytes(path.join(site.dir, page)),
		sumBytes(site.dir, css),
		sumBytes(site.dir, js),
	]);
	return {
		html,
		css: cssBytes,
		js: jsBytes,
		total: html + cssBytes + jsBytes,
		files: [page, ...css, ...js],
	};
}

/** The JavaScript files a set of modules loads, the modules themselves included. */
export async function moduleClosure(
	dir: string,
	roots: readonly string[],
	withDynamicImports: boolean,
): Promise<string[]> {
	await init();
	const seen = new Set<string>();
	const pending = [...roots];
	for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
		if (seen.has(file)) continue;
		seen.add(file);

		const [imports] = parse(await readFile(path.join(dir, file), 'utf8'));
		for (const entry of imports) {
			const wanted = entry.type === 'static' || (withDynamicImports && entry.type === 'dynamic');
			// Pagefind's own script is loaded by URL at run time, outside the bundle.
			if (!wanted || !entry.specifier?.startsWith('.')) continue;
			pending.push(path.posix.join(path.posix.dirname(file), entry.specifier));
		}
	}
	return [...seen].sort();
}

async function sumBytes(dir: string, files: readonly string[]): Promise<number> {
	const sizes = await Promise.all(files.map((file) => transferBytes(path.join(dir, file))));
	return sizes.reduce((sum, size) => sum + size, 0);
}

/** `/docs/errors/_astro/x.css` as `_astro/x.css`, the path inside the built site. */
function insideSite(site: SiteFiles, reference: string): string {
	const base = site.base ?? '/';
	const pathname = new URL(reference, 'https://site.test' + base).pathname;
	if (!pathname.startsWith(base)) throw new Error(`${reference} lies outside the site ${base}`);
	return decodeURIComponent(pathname.slice(base.length));
}
