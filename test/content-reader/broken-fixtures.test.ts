import { describe, expect, it } from 'vitest';
import { problemsOf } from '../support/fixtures';

const TABLE = 'error-codes.md';
const RANGES = 'ranges.yaml';

/** Each broken fixture and the problems it is refused with, exactly as the build prints them. */
const cases: [fixture: string, problems: string[]][] = [
	[
		'too-few-cells',
		[
			`${TABLE}:4:1 This row has 2 of the 3 cells a row needs: code | description | fix.\n` +
				'  Fix: Add the missing cells; write "-" in the fix cell when there is nothing to do.',
		],
	],
	[
		'too-many-cells',
		[
			`${TABLE}:4:29 This row has 4 cells; a row needs 3: code | description | fix.\n` +
				'  Fix: Delete the extra cell, or write a "|" that belongs inside a cell as "\\|".',
		],
	],
	[
		'not-a-whole-number',
		[
			`${TABLE}:4:1 The code "50000O1" is not a whole number.\n` +
				'  Fix: Write the code in digits only, such as 6000101: no sign, spaces, separators or leading zeros.',
		],
	],
	[
		'duplicate-code',
		[
			`${TABLE}:6:1 Code 5000001 appears twice: on line 4 and on line 6.\n` +
				'  Fix: Keep one row for code 5000001: delete the other, or correct its number.',
		],
	],
	[
		'empty-description',
		[
			`${TABLE}:4:11 The description of code 5000001 is empty.\n` +
				'  Fix: Say in the description cell what the error means.',
		],
	],
	[
		'empty-fix',
		[
			`${TABLE}:4:27 The fix of code 5000001 is empty.\n` +
				'  Fix: Write what to do about the error, or "-" when there is nothing to do.',
		],
	],
	[
		'code-in-no-range',
		[
			`${TABLE}:6:1 Code 9000001 falls in no range.\n` +
				'  Fix: Add a range with a block that holds 9000001 to test/fixtures/broken/code-in-no-range/ranges.yaml, or correct the code.',
		],
	],
	[
		'code-in-no-block',
		[
			`${TABLE}:6:1 Code 6000901 is in the range 6xxxxxx (运行时) but in none of its blocks.\n` +
				'  Fix: Add a block that holds 6000901 to the range 6xxxxxx in test/fixtures/broken/code-in-no-block/ranges.yaml, or correct the code.',
		],
	],
	[
		'no-table',
		[
			`${TABLE}:1:1 No Markdown table found; the error codes must be in a table.\n` +
				'  Fix: Add a table with the columns code | description | fix: a header row, a delimiter row such as "| --- | --- | --- |", then one row per code.',
		],
	],
	[
		'two-tables',
		[
			`${TABLE}:12:1 A second table starts here; the first starts on line 5.\n` +
				'  Fix: Keep every error code in one table: move these rows into the first table and delete this one.',
		],
	],
	[
		'row-cut-off',
		[
			`${TABLE}:6:1 This line looks like a table row, but it is not in the table: a blank line or a line of text ends a table.\n` +
				'  Fix: Move the row into the table, without blank lines between rows, or delete it.',
		],
	],
	[
		'overlapping-ranges',
		[
			`${RANGES}:26:3 The range 5500000–6999999 overlaps the range 5000000–5999999 on line 12.\n` +
				'  Fix: Change "first" or "last" so that each number falls in one range only.',
		],
	],
	[
		'overlapping-blocks',
		[
			`${RANGES}:21:7 The block 5000100–5000199 overlaps the block 5000000–5000150 on line 17.\n` +
				'  Fix: Change "first" or "last" so that each number falls in one block only.',
		],
	],
	[
		'block-outside-range',
		[
			`${RANGES}:35:7 The block 7000100–7000199 lies outside its range 6000000–6999999 (line 26).\n` +
				'  Fix: Move the block under the range that holds its numbers, or correct its "first" and "last".',
		],
	],
	[
		'range-without-title',
		[
			`${RANGES}:12:3 The range 5000000–5999999 has no title.\n` +
				'  Fix: Give a "title": a few Chinese words that name what its codes are about.',
		],
	],
	[
		'several-problems',
		[
			`${TABLE}:4:1 This row has 2 of the 3 cells a row needs: code | description | fix.\n` +
				'  Fix: Add the missing cells; write "-" in the fix cell when there is nothing to do.',
			`${TABLE}:5:1 The code "50000O2" is not a whole number.\n` +
				'  Fix: Write the code in digits only, such as 6000101: no sign, spaces, separators or leading zeros.',
			`${TABLE}:6:11 The description of code 5000004 is empty.\n` +
				'  Fix: Say in the description cell what the error means.',
			`${TABLE}:8:1 Code 9000001 falls in no range.\n` +
				'  Fix: Add a range with a block that holds 9000001 to test/fixtures/broken/several-problems/ranges.yaml, or correct the code.',
			`${TABLE}:9:1 Code 0 appears twice: on line 3 and on line 9.\n` +
				'  Fix: Keep one row for code 0: delete the other, or correct its number.',
		],
	],
];

describe('a broken fixture is refused', () => {
	it.each(cases)('%s, with the exact problems', async (fixture, problems) => {
		const dir = `test/fixtures/broken/${fixture}/`;
		expect(await problemsOf(`broken/${fixture}`)).toEqual(problems.map((p) => dir + p));
	});
});
