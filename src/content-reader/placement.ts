import { problemAt, type Problem } from './problems';
import type { LocatedRange } from './ranges';
import type { CodeEntry } from './schemas';
import type { CodeRow } from './table';

export interface Placement {
	codes: CodeEntry[];
	problems: Problem[];
}

/**
 * Puts every code in the range and block that hold its number. A code that no range or
 * no block holds is a problem, never a code left off the site.
 */
export function placeCodes(
	rows: readonly CodeRow[],
	ranges: readonly LocatedRange[],
	files: { table: string; ranges: string },
): Placement {
	const codes: CodeEntry[] = [];
	const problems: Problem[] = [];
	for (const { at, ...row } of rows) {
		const range = ranges.find((r) => r.first <= row.code && row.code <= r.last);
		const block = range?.blocks.find((b) => b.first <= row.code && row.code <= b.last);
		if (range && block) {
			codes.push({ ...row, range: range.id, block: block.id });
			continue;
		}

		const message = range
			? `Code ${row.code} is in the range ${range.id} (${range.title}) but in none of its blocks.`
			: `Code ${row.code} falls in no range.`;
		const hint = range
			? `Add a block that holds ${row.code} to the range ${range.id} in ${files.ranges}, or correct the code.`
			: `Add a range with a block that holds ${row.code} to ${files.ranges}, or correct the code.`;
		problems.push(problemAt(files.table, at, message, hint));
	}
	return { codes, problems };
}
