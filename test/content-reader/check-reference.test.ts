import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content-reader/problems';
import { checkReference } from '../../src/content-reader/read-content';

const files = { table: 'content/error-codes.md', ranges: 'content/ranges.yaml' };
const realRanges = await readFile(files.ranges, 'utf8');
const realTable = await readFile(files.table, 'utf8');

function messagesFor(table: string, ranges = realRanges): string[] {
	try {
		checkReference({ table, ranges }, files);
	} catch (error) {
		if (error instanceof ContentError)
			return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
		throw error;
	}
	return [];
}

describe('checkReference', () => {
	it('places every code of the upstream table in its range and block', () => {
		const { codes } = checkReference({ table: realTable, ranges: realRanges }, files);

		expect(codes).toHaveLength(45);
		expect(codes.find((entry) => entry.code === 6000101)).toMatchObject({
			range: '6xxxxxx',
			block: '6000100-6000199',
		});
		expect(codes.find((entry) => entry.code === 0)).toMatchObject({ range: '0', block: '0-0' });
	});

	it('reports a code that falls in no range, and one that falls in no block', () => {
		const table =
			'| code | description | fix |\n| - | - | - |\n| 9000001 | 新错误。 | - |\n| 6000999 | 新错误。 | - |\n';
		expect(messagesFor(table)).toEqual([
			'3:1 Code 9000001 falls in no range.',
			'4:1 Code 6000999 is in the range 6xxxxxx (运行时) but in none of its blocks.',
		]);
	});

	it('names the ranges file in the hint for an unplaced code', () => {
		const table = '| code | description | fix |\n| - | - | - |\n| 9000001 | 新错误。 | - |\n';
		expect(() => checkReference({ table, ranges: realRanges }, files)).toThrow(
			'Fix: Add a range with a block that holds 9000001 to content/ranges.yaml, or correct the code.',
		);
	});

	it('reports problems of both files in one error', () => {
		const table = '| code | description | fix |\n| - | - | - |\n| x | 新错误。 | - |\n';
		const ranges = '- first: 0\n  last: 0\n  summary: 成功。\n  blocks: []\n';
		expect(messagesFor(table, ranges)).toEqual([
			'3:1 The code "x" is not a whole number.',
			'1:3 The range 0–0 has no title.',
			'4:11 The range 0–0 has no blocks.',
		]);
	});
});
