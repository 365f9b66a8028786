import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser';
import { useSite } from '../support/browser-session';

const site = useSite(inject('siteDir'));

/**
 * The queries people type, by kind, each with the code (or codes, any of which may come
 * first) that a good search shows first. The file is kept as it was agreed on.
 */
interface QueryCase {
	query: string;
	expect: string | string[];
}

async function readCases(file: string): Promise<Record<string, QueryCase[]>> {
	return parse(await readFile(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as Record<
		string,
		QueryCase[]
	>;
}

const files = {
	'the agreed query set': await readCases('search-queries.yaml'),
	'more queries of the same kinds': await readCases('search-queries-more.yaml'),
	'queries written without seeing the vocabulary': await readCases('search-queries-blind-1.yaml'),
	'a second set written without seeing the vocabulary': await readCases(
		'search-queries-blind-2.yaml',
	),
	'a third set written without seeing the vocabulary': await readCases(
		'search-queries-blind-3.yaml',
	),
	'a fourth set written without seeing the vocabulary': await readCases(
		'search-queries-blind-4.yaml',
	),
};

let page: Page;
let problems: string[];

beforeAll(async () => {
	({ page, problems } = await openPage(site.browser));
	await page.goto(site.url('search/'));
});

/** Types the query into the search page as a person does, and reads the first result's code. */
async function firstResult(query: string): Promise<string> {
	const box = page.getByRole('searchbox', { name: '搜索错误码' });
	await box.fill('');
	await box.pressSequentially(query);
	const list = page.getByRole('list', { name: '搜索结果' });
	// The list is busy from each keystroke until the results of the latest query are shown.
	await expect.poll(() => list.getAttribute('aria-busy')).toBe(null);
	expect(await box.inputValue()).toBe(query);
	if ((await list.getByRole('listitem').count()) === 0) return 'no result';
	const href = await list
		.getByRole('listitem')
		.first()
		.getByRole('link')
		.first()
		.getAttribute('href');
	return /\/codes\/(\d+)\/$/.exec(href ?? '')?.[1] ?? `no code in ${href ?? 'nothing'}`;
}

for (const [set, cases] of Object.entries(files)) {
	describe(set, () => {
		for (const [kind, queries] of Object.entries(cases)) {
			describe(`a ${kind} query`, () => {
				for (const { query, expect: expected } of queries) {
					const codes = [expected].flat();
					it(`"${query}" shows ${codes.join(' or ')} first`, async () => {
						expect(codes).toContain(await firstResult(query));
						expect(problems).toEqual([]);
					});
				}
			});
		}
	});
}
