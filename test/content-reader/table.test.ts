import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-reader/problems';
import { readErrorTable } from '../../src/content-reader/table';

const FILE = 'content/error-codes.md';
const HEADER = '| 错误码 | 描述 | 处理建议 |\n| ----- | ---- | ------- |\n';

function problemsOf(body: string, before = ''): string[] {
	return readErrorTable(before + HEADER + body, FILE).problems.map(formatProblem);
}

describe('readErrorTable on the upstream table', () => {
	it('reads all 45 rows in numeric order', async () => {
		const source = await readFile('content/error-codes.md', 'utf8');
		const { rows, problems } = readErrorTable(source, FILE);

		expect(problems).toEqual([]);
		expect(rows).toHaveLength(45);
		expect(rows.map((row) => row.code).slice(0, 4)).toEqual([0, 1000001, 5000001, 5000002]);
		expect(rows.at(-1)?.code).toBe(7000004);
	});

	it('turns a "-" fix into "nothing to do" and keeps inline Markdown as HTML', async () => {
		const source = await readFile('content/error-codes.md', 'utf8');
		const { rows } = readErrorTable(source, FILE);
		const success = rows.find((row) => row.code === 0);
		const recording = rows.find((row) => row.code === 6000001);

		expect(success).toMatchObject({ description: '执行成功。', fix: null, fixHtml: null });
		expect(recording).toMatchObject({
			fix: '请参考 startRecord 回调错误信息处理。',
			fixHtml: '请参考 <code>startRecord</code> 回调错误信息处理。',
			at: { line: 25, column: 1 },
		});
	});
});

describe('readErrorTable warns', () => {
	it('of raw HTML in a description or fix, whose tags the site leaves out', () => {
		const { rows, problems, warnings } = readErrorTable(
			HEADER + '| 5000001 | License <b>格式</b>无效。 | - |\n',
			FILE,
		);

		expect(problems).toEqual([]);
		expect(rows[0]?.descriptionHtml).toBe('License 格式无效。');
		expect(warnings.map(formatProblem)).toEqual([
			'content/error-codes.md:3:21 The description of code 5000001 holds raw HTML (<b>, </b>); the site shows the cell without it.\n' +
				'  Fix: Nothing to do if the cell reads as meant without the tags; otherwise ask for it to be written in Markdown.',
		]);
	});
});

describe('readErrorTable reports', () => {
	it('a row with too few cells, at the row', () => {
		expect(problemsOf('| 5000001 | License 格式无效。 |\n')).toEqual([
			'content/error-codes.md:3:1 This row has 2 of the 3 cells a row needs: code | description | fix.\n' +
				'  Fix: Add the missing cells; write "-" in the fix cell when there is nothing to do.',
		]);
	});

	it('a row with too many cells, at the first extra cell', () => {
		expect(problemsOf('| 5000001 | License | 格式 | 无效 |\n')).toEqual([
			'content/error-codes.md:3:26 This row has 4 cells; a row needs 3: code | description | fix.\n' +
				'  Fix: Delete the extra cell, or write a "|" that belongs inside a cell as "\\|".',
		]);
	});

	it('a code that is not a whole number', () => {
		expect(
			problemsOf('| 5000-001 | 无效。 | - |\n| -1 | 无效。 | - |\n| 007 | 无效。 | - |\n'),
		).toEqual(
			['5000-001', '-1', '007'].map(
				(code, index) =>
					`content/error-codes.md:${3 + index}:1 The code "${code}" is not a whole number.\n` +
					'  Fix: Write the code in digits only, such as 6000101: no sign, spaces, separators or leading zeros.',
			),
		);
	});

	it('an empty code cell', () => {
		expect(problemsOf('|  | 无效。 | - |\n')).toEqual([
			'content/error-codes.md:3:1 The code cell is empty.\n' +
				'  Fix: Write the code in digits only, such as 6000101: no sign, spaces, separators or leading zeros.',
		]);
	});

	it('a duplicated code, naming both lines', () => {
		expect(
			problemsOf('| 5000001 | 无效。 | - |\n| 5000002 | 过期。 | - |\n| 5000001 | 重复。 | - |\n'),
		).toEqual([
			'content/error-codes.md:5:1 Code 5000001 appears twice: on line 3 and on line 5.\n' +
				'  Fix: Keep one row for code 5000001: delete the other, or correct its number.',
		]);
	});

	it('an empty description, and an empty fix', () => {
		expect(problemsOf('| 5000001 |  | - |\n| 5000002 | 过期。 | |\n')).toEqual([
			'content/error-codes.md:3:11 The description of code 5000001 is empty.\n' +
				'  Fix: Say in the description cell what the error means.',
			'content/error-codes.md:4:17 The fix of code 5000002 is empty.\n' +
				'  Fix: Write what to do about the error, or "-" when there is nothing to do.',
		]);
	});

	it('a file without a table', () => {
		expect(readErrorTable('# 错误码\n\n暂无。\n', FILE).problems.map(formatProblem)).toEqual([
			'content/error-codes.md:1:1 No Markdown table found; the error codes must be in a table.\n' +
				'  Fix: Add a table with the columns code | description | fix: a header row, a delimiter row such as "| --- | --- | --- |", then one row per code.',
		]);
	});

	it('a second table, naming where the first starts', () => {
		const source = HEADER + '| 0 | 成功。 | - |\n\n说明\n\n' + HEADER + '| 1 | 失败。 | - |\n';
		expect(readErrorTable(source, FILE).problems.map(formatProblem)).toEqual([
			'content/error-codes.md:7:1 A second table starts here; the first starts on line 1.\n' +
				'  Fix: Keep every error code in one table: move these rows into the first table and delete this one.',
		]);
	});

	it('rows cut off from the table by a blank line', () => {
		expect(problemsOf('| 0 | 成功。 | - |\n\n| 1 | 失败。 | - |\n| 2 | 失败。 | - |\n')).toEqual(
			[5, 6].map(
				(line) =>
					`content/error-codes.md:${line}:1 This line looks like a table row, but it is not in the table: a blank line or a line of text ends a table.\n` +
					'  Fix: Move the row into the table, without blank lines between rows, or delete it.',
			),
		);
	});

	it('every problem of a file in one reading', () => {
		const body = '| x | a | - |\n| 1 | b |\n| 2 |  | - |\n';
		expect(problemsOf(body).map((message) => message.split(' ')[0])).toEqual([
			'content/error-codes.md:3:1',
			'content/error-codes.md:4:1',
			'content/error-codes.md:5:5',
		]);
	});
});
