import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtSites } from '../support/sites';

/** The code in the first cell of every body row of every table, straight from the Markdown. */
async function codesInTable(file: string): Promise<string[]> {
	const tree = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.parse(await readFile(file, 'utf8'));
	const tables: Table[] = [];
	visit(tree, 'table', (table) => {
		tables.push(table);
	});
	return tables.flatMap((table) =>
		table.children.slice(1).map((row) => toString(row.children[0]).trim()),
	);
}

async function codesWithPages(dir: string): Promise<string[]> {
	const entries = await readdir(path.join(dir, 'codes'), { withFileTypes: true });
	return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

async function codesInJson(dir: string): Promise<string[]> {
	const json = JSON.parse(await readFile(path.join(dir, 'codes.json'), 'utf8')) as {
		codes: { code: number }[];
	};
	return json.codes.map((entry) => String(entry.code));
}

async function searchRecords(dir: string): Promise<number> {
	const entry = JSON.parse(
		await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'),
	) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

const numeric = (codes: string[]): string[] => [...codes].sort((a, b) => Number(a) - Number(b));

describe.each(builtSites())('$name loses nothing', ({ dir, table, codeCount }) => {
	it('has as many rows in its table as code pages, entries in /codes.json and search records', async () => {
		const rows = await codesInTable(table);
		const pages = await codesWithPages(dir);
		const json = await codesInJson(dir);

		expect(rows).toHaveLength(codeCount);
		expect(numeric(pages)).toEqual(numeric(rows));
		expect(json).toEqual(numeric(rows));
		expect(await searchRecords(dir)).toBe(codeCount);
	});
});
