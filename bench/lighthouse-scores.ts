import chromium from '@sparticuz/chromium';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { SERVERLESS_ONLY } from '../test/support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseScores {
	/** Each category's score, 0 to 100. */
	scores: Record<Category, number>;
	/** The audits that fell short, for the report to name what stands in the way. */
	shortfalls: string[];
}

/**
 * Lighthouse's own scores for each URL, with its default settings: a mobile device on a
 * simulated slow 4G network and a slowed-down CPU. It drives the same Chromium as the
 * browser tests, started once for all URLs.
 */
export async function lighthouseScores(urls: readonly string[]): Promise<LighthouseScores[]> {
	const own = process.env['CHROMIUM_PATH'];
	const chrome = await launch({
		chromePath: own ?? (await chromium.executablePath()),
		chromeFlags: own
			? ['--headless=new', '--no-sandbox']
			: chromium.args.filter((flag) => !SERVERLESS_ONLY.has(flag)),
	});
	try {
		const audit = async (url: string): Promise<LighthouseScores> => {
			const run = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			if (!run) throw new Error(`Lighthouse returned nothing for ${url}.`);
			return scoresOf(run.lhr);
		};
		// A new browser's first page pays for its start-up (fonts, caches, compilation),
		// which a reader's browser has long done: one run warms it up and is not counted.
		if (urls[0]) await audit(urls[0]);
		const results: LighthouseScores[] = [];
		for (const url of urls) results.push(await audit(url));
		return results;
	} finally {
		chrome.kill();
	}
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function scoresOf(report: Report): LighthouseScores {
	const scores = Object.fromEntries(
		CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]),
	) as Record<Category, number>;
	const shortfalls = CATEGORIES.flatMap((id) =>
		(report.categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => report.audits[ref.id])
			.filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
			.map((audit) => `${id}: ${audit?.title ?? ''} (${audit?.displayValue ?? audit?.score})`),
	);
	return { scores, shortfalls };
}
