import { htmlFiles } from './html';

/**
 * The address of every HTML page of a built site, relative to its base, as a browser
 * asks for it: `codes/0/` for `codes/0/index.html`, `404.html` for the 404 page.
 */
export async function sitePaths(dir: string): Promise<string[]> {
	const files = await htmlFiles(dir);
	return files.map((file) =>
		file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'),
	);
}
