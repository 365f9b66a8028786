import type { Fetched } from './browser-measures.ts';
import { PAGE_KINDS, type PageKind } from './site-files.ts';
import { CATEGORIES } from './lighthouse-scores.ts';
import {
	KB,
	MB,
	STARLIGHT,
	kb,
	mb,
	median,
	msPerAddedCode,
	percentile,
	type BenchResults,
	type SiteResult,
} from './results.ts';

interface Target {
	target: string;
	measured: string;
	met: boolean;
}

/** The figures table: one column per site, one row per figure. */
export function figuresTable(results: BenchResults): string {
	const { sites } = results;
	const rows: [string, (site: SiteResult) => string][] = [
		['build time', (s) => `${s.build.seconds.toFixed(1)} s`],
		['build time per code added since the previous column', (s) => perCode(s, sites)],
		['peak memory of the build (process tree)', (s) => mb(s.build.peakBytes)],
		['pages and files Astro built', (s) => s.build.routes.toLocaleString('en')],
		['`dist/`', (s) => `${mb(s.site.bytes)} in ${s.site.files.toLocaleString('en')} files`],
		[
			'largest page (gzip)',
			(s) => `${kb(s.site.largestPage.bytes)} \`${s.site.largestPage.file}\``,
		],
		[
			'largest other file (gzip)',
			(s) => `${kb(s.site.largestOther.bytes)} \`${s.site.largestOther.file}\``,
		],
		...(Object.keys(PAGE_KINDS) as PageKind[]).map(
			(kind): [string, (site: SiteResult) => string] => [
				`first visit: ${kind}`,
				(s) => visit(s, kind),
			],
		),
		[
			'first search: bytes',
			(s) => `${kb(s.search.firstSearch.total)} in ${s.search.firstSearch.files.length} files`,
		],
		['first search: focus to results', (s) => `${s.search.firstSearchMs.toFixed(0)} ms`],
		[
			`keystroke to results, ${results.queryCount} queries: median / p90 / max`,
			(s) =>
				[0.5, 0.9, 1]
					.map((share) => percentile(s.search.keystrokeMs, share).toFixed(0))
					.join(' / ') + ' ms',
		],
	];
	const header = `| | ${sites.map((s) => s.label).join(' | ')} |`;
	const rule = `| --- | ${sites.map(() => '---').join(' | ')} |`;
	const body = rows.map(([name, cell]) => `| ${name} | ${sites.map(cell).join(' | ')} |`);
	return [header, rule, ...body].join('\n');
}

function perCode(site: SiteResult, sites: readonly SiteResult[]): string {
	const ms = msPerAddedCode(site, sites);
	return ms === undefined ? '—' : `${ms.toFixed(2)} ms`;
}

/** A first visit as `total (HTML + CSS + JS [+ other])`, all gzip. */
function visit(site: SiteResult, kind: PageKind): string {
	const fetched = site.visits[kind];
	if (!fetched) return '—';
	const parts = [
		fetched.html,
		fetched.css,
		fetched.js,
		...(fetched.other > 0 ? [fetched.other] : []),
	];
	return `${kb(fetched.total)} (${parts.map((p) => (p / KB).toFixed(1)).join(' + ')})`;
}

/** Every target of the issue, with the figure that answers it. */
export function targets(results: BenchResults): Target[] {
	const real = results.sites.find((site) => site.real);
	const generated = results.sites.filter((site) => !site.real).sort((a, b) => a.codes - b.codes);
	const rows: Target[] = real ? realTargets(real) : [];
	const largest = generated.at(-1);
	if (largest) rows.push(...scaleTargets(largest));
	const [first, middle] = [generated[0], generated.at(-2)];
	if (first && middle && largest && generated.length >= 3) {
		rows.push(flatCost(first, middle, largest));
	}
	return rows;
}

/**
 * The cost of each added code over the upper half of the sizes against the lower half:
 * from 1,000 to 5,000 codes, then from 5,000 to 10,000.
 */
function flatCost(first: SiteResult, middle: SiteResult, last: SiteResult): Target {
	const low = msPerAddedCode(middle, [first, middle]) ?? Number.NaN;
	const high = msPerAddedCode(last, [middle, last]) ?? Number.NaN;
	const count = (site: SiteResult): string => site.codes.toLocaleString('en');
	return {
		target: `build cost per code flat from ${count(first)} to ${count(last)} codes (within 25 %)`,
		measured: `${low.toFixed(2)} ms per code from ${count(first)} to ${count(middle)}, ${high.toFixed(2)} ms from ${count(middle)} to ${count(last)}`,
		met: high <= low * 1.25,
	};
}

function realTargets(real: SiteResult): Target[] {
	const code = real.visits['code page'];
	const scripts = code?.files.filter((file) => file.kind === 'js') ?? [];
	const keystroke = median(real.search.keystrokeMs);
	const scores = real.lighthouse.flatMap(({ page, result }) =>
		CATEGORIES.map((category) => ({ page, category, score: result.scores[category] })),
	);
	const below = scores.filter((s) => s.score < 100);
	return [
		{
			target: 'code page first visit ≤ 14 KB gzip',
			measured: code ? kb(code.total) : 'not measured',
			met: code !== undefined && code.total <= 14 * KB,
		},
		{
			target: 'script before interaction: the loader alone, ≤ 2 KB gzip',
			measured: code ? `${scripts.length} script, ${kb(code.js)}` : 'not measured',
			met: code !== undefined && scripts.length <= 1 && code.js <= 2 * KB && code.other === 0,
		},
		{
			target: 'keystroke to results ≤ 100 ms, median over the query set',
			measured: `${keystroke.toFixed(0)} ms`,
			met: keystroke <= 100,
		},
		{
			target: `opening search + a first query ≤ ${STARLIGHT.firstSearchKb} KB`,
			measured: kb(real.search.firstSearch.total),
			met: real.search.firstSearch.total <= STARLIGHT.firstSearchKb * KB,
		},
		{
			target: 'Lighthouse mobile 100 in all four categories: home, range page, code page',
			measured:
				scores.length === 0
					? 'not run'
					: below.length === 0
						? `all ${scores.length} scores 100`
						: below.map((s) => `${s.page} ${s.category} ${s.score}`).join('; '),
			met: scores.length > 0 && below.length === 0,
		},
		{
			target: `45-code build faster than Starlight's ${STARLIGHT.buildSeconds} s`,
			measured: `${real.build.seconds.toFixed(1)} s`,
			met: real.build.seconds < STARLIGHT.buildSeconds,
		},
	];
}

function scaleTargets(largest: SiteResult): Target[] {
	const n = largest.codes.toLocaleString('en');
	return [
		{
			target: `${n} codes build in ≤ 60 s`,
			measured: `${largest.build.seconds.toFixed(1)} s`,
			met: largest.build.seconds <= 60,
		},
		{
			target: `${n} codes build with ≤ 1 GB peak memory`,
			measured: mb(largest.build.peakBytes),
			met: largest.build.peakBytes <= 1024 * MB,
		},
		{
			target: `${n} codes: no page over 100 KB gzip`,
			measured: `${kb(largest.site.largestPage.bytes)} (\`${largest.site.largestPage.file}\`)`,
			met: largest.site.largestPage.bytes <= 100 * KB,
		},
		{
			target: `${n} codes: first search ≤ 300 KB`,
			measured: kb(largest.search.firstSearch.total),
			met: largest.search.firstSearch.total <= 300 * KB,
		},
	];
}

export function targetsTable(rows: readonly Target[]): string {
	return [
		'| target | measured | met |',
		'| --- | --- | --- |',
		...rows.map((row) => `| ${row.target} | ${row.measured} | ${row.met ? 'yes' : '**no**'} |`),
	].join('\n');
}

export function starlightTable(results: BenchResults): string {
	const real = results.sites.find((site) => site.real);
	if (!real) return '';
	const code = real.visits['code page'];
	const idle = code ? idleBytes(code) : 0;
	const performance = real.lighthouse.map((l) => l.result.scores.performance).join(', ');
	const rows = [
		[
			'code page first visit (gzip)',
			`${STARLIGHT.codePageFirstVisitKb} KB`,
			code ? kb(code.total) : '—',
		],
		['search UI fetched while idle', `${STARLIGHT.idleSearchUiKb} KB`, kb(idle)],
		[
			'keystroke to results (median)',
			`${STARLIGHT.keystrokeMs} ms`,
			`${median(real.search.keystrokeMs).toFixed(0)} ms`,
		],
		[
			'opening search + first query',
			`${STARLIGHT.firstSearchKb} KB`,
			kb(real.search.firstSearch.total),
		],
		['build of the 45 codes', `${STARLIGHT.buildSeconds} s`, `${real.build.seconds.toFixed(1)} s`],
		['peak memory of that build', `${STARLIGHT.peakMb} MB`, mb(real.build.peakBytes)],
		['Lighthouse performance, mobile', STARLIGHT.lighthousePerformance, performance || '—'],
	];
	return [
		'| | Starlight (from the issue) | this site |',
		'| --- | --- | --- |',
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n');
}

/** What a page fetches before interaction beyond its HTML, its CSS and its first script. */
function idleBytes(visit: Fetched): number {
	const [, ...laterScripts] = visit.files.filter((file) => file.kind === 'js');
	const other = visit.files.filter((file) => file.kind === 'other');
	return [...laterScripts, ...other].reduce((sum, file) => sum + file.bytes, 0);
}

export function lighthouseTable(results: BenchResults): string {
	const rows = results.sites.flatMap((site) =>
		site.lighthouse.map(({ page, result }) => {
			const scores = CATEGORIES.map((category) => String(result.scores[category]));
			const notes = result.shortfalls.length > 0 ? result.shortfalls.join('; ') : '';
			return `| ${site.label} | \`${page}\` | ${scores.join(' | ')} | ${notes} |`;
		}),
	);
	if (rows.length === 0) return 'Lighthouse was not run.';
	return [
		`| site | page | ${CATEGORIES.join(' | ')} | audits that fell short |`,
		`| --- | --- | ${CATEGORIES.map(() => '---').join(' | ')} | --- |`,
		...rows,
	].join('\n');
}

/** The whole report, in Markdown. */
export function reportMarkdown(results: BenchResults): string {
	return [
		'# Benchmark: weight, search speed and scale',
		'',
		`Measured on ${results.date}: ${results.cores} cores, ${Math.round(results.memoryBytes / 1024 / MB)} GB of memory, Node ${results.node}. ` +
			'One run; times vary with the load of the machine, sizes do not. ' +
			'Sizes are gzip (zlib’s default level) except for files that are gzip already; 1 KB = 1,024 bytes, 1 MB = 1,024 KB.',
		'',
		'## Targets',
		'',
		targetsTable(targets(results)),
		'',
		'## Figures',
		'',
		figuresTable(results),
		'',
		'![Build time against the number of codes](build-time.svg)',
		'',
		'## Beside Starlight, with the same 45 codes',
		'',
		starlightTable(results),
		'',
		'## Lighthouse, mobile settings',
		'',
		lighthouseTable(results),
		'',
		'## How it is measured',
		'',
		METHOD,
		'',
	].join('\n');
}

const METHOD = `- **Tables.** The real table is \`content/\`. The others are generated (seeded, so every run builds the same files): eight ranges of uneven size, blocks of 100 numbers holding from one code to nearly a hundred, and descriptions and fixes recombined from phrases of the Avatar SDK's domain, as long as the real ones (15 and 20 characters on average). They have no search vocabulary, so search there knows the table's own words only.
- **Build.** \`astro build\` into an empty folder, as \`npm run build\` runs it. Time is wall-clock; peak memory is the highest sum of the resident memory of the build and every process it starts (Pagefind's indexer included), sampled from \`/proc\` every 50 ms. The cost per code is the time a build took beyond the next smaller one's, per code it has beyond it, so the fixed cost of starting Node, Astro and Vite drops out; flat means that the cost from 5,000 to 10,000 codes is at most a quarter above the cost from 1,000 to 5,000.
- **First visit.** The heaviest page of each kind opened in headless Chromium with an empty cache; everything it fetches until the network has been quiet for 500 ms, each file counted at its gzip size. The figure reads \`total (HTML + CSS + JS [+ other])\`.
- **Search.** On the heaviest code page, the header's search box is focused and the first query of the query set typed: every byte fetched from the focus to the results, and the time. Then, for each query of \`test/fixtures/search-queries.yaml\`, all but its last character is typed and left to settle, and the time is taken from the last character's input event to the first frame painted after the results change. Generated tables do not hold the codes the queries expect; their figures are times and bytes only.
- **Lighthouse.** The \`lighthouse\` package with its default settings (mobile, simulated slow 4G and a 4× slower CPU), driving the same Chromium, on the real site's home page, heaviest range page and heaviest code page.`;
