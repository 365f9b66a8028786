import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export { select, selectAll, toString };

/** A built page, parsed by a spec-following HTML parser. */
export interface BuiltPage {
	/** The file, relative to the site folder, such as `codes/0/index.html`. */
	file: string;
	tree: Root;
}

export async function readPage(dir: string, file: string): Promise<BuiltPage> {
	return { file, tree: fromHtml(await readFile(path.join(dir, file), 'utf8')) };
}

/** Every HTML file of a built site, Pagefind's own files aside. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.filter((file) => !file.startsWith('pagefind'))
		.sort();
}

export function attribute(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	return value === undefined || value === null ? undefined : String(value);
}

export function texts(tree: Root, selector: string): string[] {
	return selectAll(selector, tree).map((element) => toString(element).trim());
}
