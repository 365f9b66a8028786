import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-reader/problems';
import { rangeId, readRanges } from '../../src/content-reader/ranges';

const FILE = 'content/ranges.yaml';

function problemsOf(source: string): string[] {
	return readRanges(source, FILE).problems.map(formatProblem);
}

describe('readRanges on the editorial ranges file', () => {
	it('reads the five ranges and thirteen blocks of the design', async () => {
		const { ranges, problems } = readRanges(await readFile(FILE, 'utf8'), FILE);

		expect(problems).toEqual([]);
		expect(ranges.map((range) => `${range.id} ${range.title}`)).toEqual([
			'0 成功',
			'1xxxxxx 通用错误',
			'5xxxxxx 鉴权与授权',
			'6xxxxxx 运行时',
			'7xxxxxx AR 驱动',
		]);
		expect(ranges.flatMap((range) => range.blocks.map((block) => block.id))).toEqual([
			'0-0',
			'1000000-1000099',
			'5000000-5000099',
			'5000100-5000199',
			'5000200-5000299',
			'5000300-5000399',
			'6000000-6000099',
			'6000100-6000199',
			'6000200-6000299',
			'6000300-6000399',
			'6000400-6000499',
			'6000500-6000599',
			'7000000-7000099',
		]);
	});
});

describe('rangeId', () => {
	it('names a range by its number pattern', () => {
		expect(rangeId(0, 0)).toBe('0');
		expect(rangeId(6000000, 6999999)).toBe('6xxxxxx');
		expect(rangeId(6000100, 6000199)).toBe('60001xx');
		expect(rangeId(6000000, 6499999)).toBe('6000000-6499999');
	});
});

describe('readRanges reports', () => {
	it('overlapping ranges, naming the line of the other', () => {
		const source = [
			'- { first: 5000000, last: 5999999, title: 鉴权, summary: 鉴权。, blocks: [{ first: 5000000, last: 5000099, title: 甲, summary: 甲。 }] }',
			'- { first: 5500000, last: 6999999, title: 运行, summary: 运行。, blocks: [{ first: 5500000, last: 5500099, title: 乙, summary: 乙。 }] }',
		].join('\n');
		expect(problemsOf(source)).toEqual([
			'content/ranges.yaml:2:3 The range 5500000–6999999 overlaps the range 5000000–5999999 on line 1.\n' +
				'  Fix: Change "first" or "last" so that each number falls in one range only.',
		]);
	});

	it('a block outside its range', () => {
		const source = `- first: 6000000
  last: 6999999
  title: 运行时
  summary: 运行时错误。
  blocks:
    - first: 7000000
      last: 7000099
      title: AR
      summary: AR 驱动。
`;
		expect(problemsOf(source)).toEqual([
			'content/ranges.yaml:6:7 The block 7000000–7000099 lies outside its range 6000000–6999999 (line 1).\n' +
				'  Fix: Move the block under the range that holds its numbers, or correct its "first" and "last".',
		]);
	});

	it('a range with no title, and a block with an empty one', () => {
		const source = `- first: 6000000
  last: 6999999
  summary: 运行时错误。
  blocks:
    - first: 6000000
      last: 6000099
      title: " "
      summary: 录制。
`;
		expect(problemsOf(source)).toEqual([
			'content/ranges.yaml:1:3 The range 6000000–6999999 has no title.\n' +
				'  Fix: Give a "title": a few Chinese words that name what its codes are about.',
			'content/ranges.yaml:7:14 The block 6000000–6000099 has an empty title.\n' +
				'  Fix: Give a "title": a few Chinese words that name what its codes are about.',
		]);
	});

	it('a range with no numbers, named by its place only', () => {
		const source =
			'- { summary: 运行时错误。, blocks: [{ first: 0, last: 0, title: 甲, summary: 甲。 }] }';
		expect(problemsOf(source).map((problem) => problem.split('\n')[0])).toEqual([
			'content/ranges.yaml:1:3 This range has no first.',
			'content/ranges.yaml:1:3 This range has no last.',
			'content/ranges.yaml:1:3 This range has no title.',
		]);
	});

	it('a range that ends before it starts', () => {
		const source =
			'- { first: 6999999, last: 6000000, title: 运行, summary: 运行。, blocks: [{ first: 6000000, last: 6000099, title: 甲, summary: 甲。 }] }';
		expect(problemsOf(source)[0]).toBe(
			'content/ranges.yaml:1:3 This range ends (last: 6000000) before it starts (first: 6999999).\n' +
				'  Fix: Swap "first" and "last", or correct the one that is wrong.',
		);
	});

	it('a field that does not belong', () => {
		const source =
			'- { first: 0, last: 0, title: 成功, summary: 成功。, colour: red, blocks: [{ first: 0, last: 0, title: 成功, summary: 成功。 }] }';
		expect(problemsOf(source)).toEqual([
			'content/ranges.yaml:1:3 [0]: Unrecognized key: "colour".\n' +
				'  Fix: Remove "colour": a range or block holds first, last, title, summary and (for a range) blocks.',
		]);
	});

	it('YAML that does not parse', () => {
		expect(problemsOf('- first: 0\n  last: [0\n')).toHaveLength(1);
		expect(problemsOf('- first: 0\n  last: [0\n')[0]).toMatch(
			/^content\/ranges\.yaml:\d+:\d+ This is not valid YAML: /,
		);
	});
});
