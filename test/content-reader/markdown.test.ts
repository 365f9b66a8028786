import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseMarkdownLean } from '../../src/content-reader/markdown';
import { syntheticContent } from '../support/synthetic-content';

describe('parseMarkdownLean', () => {
	it('parses a long table on a worker into the same tree, positions included', async () => {
		const { table } = syntheticContent(3000);
		const tree = await parseMarkdownLean(table);

		expect(table.length).toBeGreaterThan(128 * 1024);
		expect(tree).toEqual(parseMarkdown(table));
		expect(tree.children[0]?.position?.end.line).toBe(3002);
	});

	it('parses a short text where it is called', async () => {
		const tree = await parseMarkdownLean('| 错误码 | 描述 |\n| --- | --- |\n| 0 | 执行成功。 |\n');

		expect(tree.children.map((node) => node.type)).toEqual(['table']);
	});
});
