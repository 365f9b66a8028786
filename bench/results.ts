import type { Fetched, SearchFigures } from './browser-measures.ts';
import type { LighthouseScores } from './lighthouse-scores.ts';
import type { PageKind, SiteFigures } from './site-files.ts';
import type { BuildFigures } from './timed-build.ts';

/** Everything measured on one built site. */
export interface SiteResult {
	label: string;
	codes: number;
	/** True for the real table in `content/`. */
	real: boolean;
	build: BuildFigures;
	site: SiteFigures;
	/** The first visit of the heaviest page of each kind, as the browser made it. */
	visits: Partial<Record<PageKind, Fetched & { page: string }>>;
	search: SearchFigures & { page: string; firstQuery: string };
	lighthouse: { page: string; result: LighthouseScores }[];
}

export interface BenchResults {
	date: string;
	node: string;
	cores: number;
	memoryBytes: number;
	queryCount: number;
	sites: SiteResult[];
}

/** The figures the issue gives for Starlight with the same 45 codes, measured here. */
export const STARLIGHT = {
	codePageFirstVisitKb: 23,
	idleSearchUiKb: 94,
	keystrokeMs: 380,
	firstSearchKb: 157,
	buildSeconds: 4.7,
	peakMb: 506,
	lighthousePerformance: '96–99',
} as const;

export const KB = 1024;
export const MB = 1024 * 1024;

export function kb(bytes: number): string {
	return `${(bytes / KB).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
	return `${Math.round(bytes / MB)} MB`;
}

export function median(values: readonly number[]): number {
	return percentile(values, 0.5);
}

export function percentile(values: readonly number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
	return sorted[at] ?? Number.NaN;
}

/**
 * What each code added since the previous, smaller build costs: the extra time per extra
 * code. Flat from one size to the next means nothing in the build grows faster than the
 * table; the fixed cost of any build (starting Node, Astro and Vite) drops out.
 */
export function msPerAddedCode(site: SiteResult, sites: readonly SiteResult[]): number | undefined {
	const smaller = sites.filter((other) => other.codes < site.codes);
	const previous = smaller.reduce<SiteResult | undefined>(
		(best, other) => (best === undefined || other.codes > best.codes ? other : best),
		undefined,
	);
	if (!previous) return undefined;
	return ((site.build.seconds - previous.build.seconds) * 1000) / (site.codes - previous.codes);
}
