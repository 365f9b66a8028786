import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { transferBytes } from '../test/support/page-weight.ts';

/** The kinds of page a reader meets, by where the site puts them. */
export const PAGE_KINDS = {
	home: /^index\.html$/,
	'range page': /^ranges\/[^/]+\/index\.html$/,
	'block page': /^ranges\/[^/]+\/[^/]+\/index\.html$/,
	'code page': /^codes\/\d+\/index\.html$/,
	'/codes/': /^codes\/index\.html$/,
	'search page': /^search\/index\.html$/,
} as const;
export type PageKind = keyof typeof PAGE_KINDS;

export interface SizedFile {
	file: string;
	/** Gzip, as `transferBytes` counts it. */
	bytes: number;
}

export interface SiteFigures {
	/** Every file of the built site, in bytes as written. */
	bytes: number;
	files: number;
	htmlPages: number;
	/** One per code of the table. */
	codePages: number;
	/** The heaviest HTML page of the site. */
	largestPage: SizedFile;
	/** The heaviest HTML page of each kind the site has. */
	heaviest: Partial<Record<PageKind, SizedFile>>;
	/** The heaviest file that is not a page, such as `codes.json`. */
	largestOther: SizedFile;
}

/** The size of a built site and its heaviest pages, read from its folder. */
export async function siteFigures(dir: string): Promise<SiteFigures> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));

	const figures: SiteFigures = {
		bytes: 0,
		files: files.length,
		htmlPages: files.filter((file) => file.endsWith('.html')).length,
		codePages: files.filter((file) => PAGE_KINDS['code page'].test(file)).length,
		largestPage: { file: '', bytes: 0 },
		heaviest: {},
		largestOther: { file: '', bytes: 0 },
	};
	for (const file of files) {
		const full = path.join(dir, file);
		figures.bytes += (await stat(full)).size;
		// Pagefind's index files are many and small; sizing them all would only cost time.
		if (file.startsWith('pagefind/')) continue;
		weigh(figures, { file, bytes: await transferBytes(full) });
	}
	return figures;
}

function weigh(figures: SiteFigures, sized: SizedFile): void {
	const heavier = (than: SizedFile | undefined): boolean => sized.bytes > (than?.bytes ?? -1);
	if (!sized.file.endsWith('.html')) {
		if (heavier(figures.largestOther)) figures.largestOther = sized;
		return;
	}
	if (heavier(figures.largestPage)) figures.largestPage = sized;
	const kind = (Object.keys(PAGE_KINDS) as PageKind[]).find((k) => PAGE_KINDS[k].test(sized.file));
	if (kind && heavier(figures.heaviest[kind])) figures.heaviest[kind] = sized;
}
