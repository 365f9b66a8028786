import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the search index at the end of `astro build`, from the pages just written.
 * Only code pages mark their content with `data-pagefind-body`, so there is exactly one
 * search record per code.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await buildIndex(fileURLToPath(dir), logger);
			},
		},
	};
}

async function buildIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

		const added = await index.addDirectory({ path: site });
		failOn('index the site', added.errors);
		const output = path.join(site, 'pagefind');
		failOn('write the index', (await index.writeFiles({ outputPath: output })).errors);

		const records = await countRecords(output);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		logger.info(
			`Indexed ${records} code pages for search (${added.page_count} HTML files read) in ${seconds} s.`,
		);
	} finally {
		await pagefind.close();
	}
}

/** The records in the written index: the pages that held `data-pagefind-body`. */
async function countRecords(output: string): Promise<number> {
	const entry = JSON.parse(await readFile(path.join(output, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function failOn(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}
