import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../support/html';
import { firstVisit, moduleClosure, transferBytes, type FirstVisit } from '../support/page-weight';

/**
 * Weight budgets of the built site, in bytes gzip (1 KB = 1,024 bytes): what a first
 * visit of each kind of page fetches before any interaction, HTML, CSS and JS together.
 * The code page and the loader have the site's own targets; the other kinds have about
 * a quarter above their weight when the budgets were set, so that a regression fails here
 * rather than in production. Only sizes are asserted: they do not change from run to
 * run, as times do.
 */
const KB = 1024;
const FIRST_VISIT_BUDGETS = {
	/** The target: everything before interaction fits in the first round trip. */
	'code page': 14 * KB,
	/** 7.5 KB when set. */
	home: 9.5 * KB,
	/** 9.2 KB for the heaviest range page when set. */
	'range page': 11.5 * KB,
	/** 8.5 KB when set, with the 45 codes of the table. */
	'/codes/': 10.5 * KB,
	/** 12.2 KB when set: the search page starts search at once, so its search code counts. */
	'search page': 15 * KB,
} as const;
/** The target: the only script before interaction is a small loader. */
const LOADER_BUDGET = 2 * KB;

type PageKind = keyof typeof FIRST_VISIT_BUDGETS;

const site = { dir: inject('siteDir') };
const pages = await htmlFiles(site.dir);

/** The built pages of each kind; a budget holds for the heaviest of them. */
const PAGES_OF: Record<PageKind, string[]> = {
	'code page': pages.filter((file) => /^codes\/\d+\/index\.html$/.test(file)),
	home: ['index.html'],
	'range page': pages.filter((file) => file.startsWith('ranges/')),
	'/codes/': ['codes/index.html'],
	'search page': ['search/index.html'],
};

async function heaviest(kind: PageKind): Promise<FirstVisit> {
	const visits = await Promise.all(
		PAGES_OF[kind].map((page) =>
			firstVisit(site, page, { withDynamicImports: kind === 'search page' }),
		),
	);
	return visits.reduce((a, b) => (b.total > a.total ? b : a));
}

describe('the weight of a first visit', () => {
	it.each(Object.keys(FIRST_VISIT_BUDGETS) as PageKind[])(
		'of the %s stays in its budget',
		async (kind) => {
			const visit = await heaviest(kind);

			expect(visit.total).toBeLessThanOrEqual(FIRST_VISIT_BUDGETS[kind]);
			expect(visit.html).toBeGreaterThan(0);
			expect(visit.css).toBeGreaterThan(0);
		},
	);

	it('counts one stylesheet and the loader alone on a code page', async () => {
		const visit = await heaviest('code page');
		const kinds = visit.files.slice(1).map((file) => path.extname(file));

		expect(kinds).toEqual(['.css', '.js']);
	});
});

describe('the loader', () => {
	it('is the only script before interaction, and stays under 2 KB gzip', async () => {
		const { files } = await firstVisit(site, 'index.html');
		const scripts = files.filter((file) => file.endsWith('.js'));

		expect(scripts).toHaveLength(1);
		expect(await transferBytes(path.join(site.dir, scripts[0] ?? ''))).toBeLessThanOrEqual(
			LOADER_BUDGET,
		);
	});

	it('brings in the search code only when search is first used', async () => {
		const { files } = await firstVisit(site, 'index.html');
		const loader = files.filter((file) => file.endsWith('.js'));
		const onFirstUse = await moduleClosure(site.dir, loader, true);

		expect(onFirstUse).toEqual(expect.arrayContaining(loader));
		expect(onFirstUse.filter((file) => !loader.includes(file))).toEqual(
			expect.arrayContaining([expect.stringMatching(/^_astro\/search-ui\.[\w-]+\.js$/)]),
		);
	});
});
