/**
 * `npm run bench`: builds the real table and generated tables of 1,000, 5,000 and 10,000 codes,
 * measures each build and the built site in headless Chromium, runs Lighthouse on the
 * real site, and writes a report and a chart to `bench/results/`. It reports figures and
 * asserts nothing: times depend on the machine and on what else it is doing.
 *
 * Options: `--sizes 1000,5000,10000` (the generated tables), `--no-lighthouse`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { launchBrowser } from '../test/support/browser.ts';
import { serveSite } from '../test/support/serve.ts';
import { syntheticContent } from '../test/support/synthetic-content.ts';
import { measureFirstVisit, measureSearch, type ServedSite } from './browser-measures.ts';
import { buildTimeChart } from './build-time-chart.ts';
import { lighthouseScores } from './lighthouse-scores.ts';
import { figuresTable, reportMarkdown, targets, targetsTable } from './report.ts';
import { MB, type BenchResults, type SiteResult } from './results.ts';
import { siteFigures, type PageKind } from './site-files.ts';
import { timedBuild } from './timed-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/work');
const resultsDir = path.join(root, 'bench/results');
/** The pages Lighthouse scores, as the issue names them. */
const LIGHTHOUSE_KINDS: PageKind[] = ['home', 'range page', 'code page'];

interface SiteSpec {
	label: string;
	/** The content folder, relative to the project root. */
	contentDir: string;
	real: boolean;
	/** Roughly how many files the build writes, for its progress bar. */
	expectedRoutes: number;
}

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,5000,10000' },
		'no-lighthouse': { type: 'boolean', default: false },
	},
});
const sizes = values.sizes.split(',').map(Number);
const queries = await readQueries();
const specs = [realSpec(), ...(await Promise.all(sizes.map(generatedSpec)))];

// A first build pays once for what later builds find ready: the disk cache, Vite's scan
// of dependencies. It is run and not counted, so that no measured build pays for it.
console.error('\nWarming up: one build of the real table, not measured');
await timedBuild({
	label: 'warm-up',
	contentDir: 'content',
	outDir: path.join(work, 'sites/warm-up'),
	logFile: path.join(work, 'logs/warm-up.log'),
	expectedRoutes: 100,
});

const sites: SiteResult[] = [];
for (const [index, spec] of specs.entries()) {
	console.error(`\n[${index + 1}/${specs.length}] ${spec.label}`);
	sites.push(await benchSite(spec, !values['no-lighthouse'] && spec.real));
}
await writeResults({
	date: new Date().toISOString().slice(0, 10),
	node: process.version,
	cores: os.availableParallelism(),
	memoryBytes: os.totalmem(),
	queryCount: queries.length,
	sites,
});

function realSpec(): SiteSpec {
	return { label: 'the real table', contentDir: 'content', real: true, expectedRoutes: 100 };
}

/** Writes a generated table into `bench/work/tables/<codes>/`. */
async function generatedSpec(codes: number): Promise<SiteSpec> {
	const content = syntheticContent(codes);
	const contentDir = `bench/work/tables/${codes}`;
	await mkdir(path.join(root, contentDir), { recursive: true });
	await writeFile(path.join(root, contentDir, 'error-codes.md'), content.table);
	await writeFile(path.join(root, contentDir, 'ranges.yaml'), content.ranges);
	return {
		label: `${codes.toLocaleString('en')} codes`,
		contentDir,
		real: false,
		expectedRoutes: codes + content.rangeCount + content.blockCount + 100,
	};
}

async function benchSite(spec: SiteSpec, withLighthouse: boolean): Promise<SiteResult> {
	const name = spec.real ? 'real' : spec.label.replace(/\D/g, '');
	const dir = path.join(work, 'sites', name);
	const build = await timedBuild({
		label: spec.label,
		contentDir: spec.contentDir,
		outDir: dir,
		logFile: path.join(work, 'logs', `${name}.log`),
		expectedRoutes: spec.expectedRoutes,
	});
	console.error('  sizing the built site…');
	const site = await siteFigures(dir);
	const codes = site.codePages;
	const label = spec.real ? `${codes} codes (the real table)` : spec.label;

	const server = await serveSite(dir);
	try {
		const served = { dir, url: server.url };
		const pages = heaviestPages(site.heaviest);
		console.error('  first visits and search in Chromium…');
		const { visits, search } = await browserFigures(served, pages);
		const lighthouse = withLighthouse ? await lighthouseFigures(served, pages) : [];
		return { label, codes, real: spec.real, build, site, visits, search, lighthouse };
	} finally {
		await server.close();
	}
}

/** The heaviest page of each kind, as a URL path under the site. */
function heaviestPages(
	heaviest: SiteResult['site']['heaviest'],
): Partial<Record<PageKind, string>> {
	return Object.fromEntries(
		Object.entries(heaviest).map(([kind, sized]) => [kind, sized.file.replace(/index\.html$/, '')]),
	);
}

async function browserFigures(
	served: ServedSite,
	pages: Partial<Record<PageKind, string>>,
): Promise<Pick<SiteResult, 'visits' | 'search'>> {
	const browser = await launchBrowser();
	try {
		const visits: SiteResult['visits'] = {};
		for (const [kind, page] of Object.entries(pages) as [PageKind, string][]) {
			visits[kind] = { page, ...(await measureFirstVisit(browser, served, page)) };
		}
		const codePage = pages['code page'] ?? '';
		const [firstQuery = ''] = queries;
		const search = await measureSearch(browser, served, codePage, firstQuery, queries);
		return { visits, search: { page: codePage, firstQuery, ...search } };
	} finally {
		await browser.close();
	}
}

async function lighthouseFigures(
	served: ServedSite,
	pages: Partial<Record<PageKind, string>>,
): Promise<SiteResult['lighthouse']> {
	console.error('  Lighthouse, mobile…');
	const chosen = LIGHTHOUSE_KINDS.map((kind) => pages[kind] ?? '');
	const results = await lighthouseScores(chosen.map((page) => served.url + page));
	return results.map((result, i) => ({ page: `/${chosen[i] ?? ''}`, result }));
}

/** Every query of the shared query set, in order. */
async function readQueries(): Promise<string[]> {
	const source = await readFile(path.join(root, 'test/fixtures/search-queries.yaml'), 'utf8');
	const groups = parse(source) as Record<string, { query: string }[]>;
	return Object.values(groups).flatMap((group) => group.map((item) => item.query));
}

async function writeResults(results: BenchResults): Promise<void> {
	await mkdir(resultsDir, { recursive: true });
	await writeFile(path.join(resultsDir, 'report.md'), reportMarkdown(results));
	await writeFile(
		path.join(resultsDir, 'results.json'),
		JSON.stringify(results, null, '\t') + '\n',
	);
	const points = results.sites.map((s) => ({
		codes: s.codes,
		seconds: s.build.seconds,
		peakMb: Math.round(s.build.peakBytes / MB),
	}));
	await writeFile(path.join(resultsDir, 'build-time.svg'), buildTimeChart(points));
	console.log(
		`\n${targetsTable(targets(results))}\n\n${figuresTable(results)}\n\nReport: bench/results/report.md`,
	);
}
