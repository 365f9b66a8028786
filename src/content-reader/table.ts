import type { Html, Nodes, Paragraph, Root, Table, TableCell, TableRow } from 'mdast';
import { visit } from 'unist-util-visit';
import { cellHtml, cellText } from './cells';
import { parseMarkdown, parseMarkdownLean } from './markdown';
import { problemAt, type Point, type Problem } from './problems';
import type { CodeEntry } from './schemas';

/** A row of the table as read, before it is placed in a range and block. */
export type CodeRow = Omit<CodeEntry, 'range' | 'block'> & {
	/** Where the row's code cell starts, for messages about the row. */
	at: Point;
};

export interface TableReading {
	rows: CodeRow[];
	/** What stops the table from being published. */
	problems: Problem[];
	/** What is published, but not quite as written: a writer should know. */
	warnings: Problem[];
}

const COLUMN_COUNT = 3;
const COLUMNS = 'code | description | fix';
/** The fix cell's way of saying "there is nothing to do". */
const NOTHING_TO_DO = '-';
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]*)$/;

/**
 * Reads the error-code table from a Markdown file: one GFM table with the columns
 * code, description and fix, anywhere among other prose. Rows come back in numeric order
 * of their codes; every row that cannot be read becomes a problem, none is dropped.
 * `tree` is the parsed source, when it was parsed elsewhere.
 */
export function readErrorTable(
	source: string,
	file: string,
	tree: Root = parseMarkdown(withoutByteOrderMark(source)),
): TableReading {
	const text = withoutByteOrderMark(source);
	const [table, ...extraTables] = findTables(tree);
	if (!table) return { rows: [], problems: [noTable(file)], warnings: [] };

	const problems = extraTables.map((extra) => secondTable(file, extra, table));
	problems.push(...findStrayRows(file, tree, text));
	const [header, ...body] = table.children;
	if (header && header.children.length !== COLUMN_COUNT) {
		problems.push(wrongHeader(file, header));
	}

	const rows: CodeRow[] = [];
	const warnings: Problem[] = [];
	for (const row of body) {
		const read = readRow(file, row);
		if ('problems' in read) problems.push(...read.problems);
		else rows.push(read.row);
		warnings.push(...findRawHtml(file, row));
	}
	problems.push(...findDuplicates(file, rows));

	rows.sort((a, b) => a.code - b.code);
	return { rows, problems, warnings };
}

/** Reads the table as `readErrorTable` does, leaving less memory behind for a long table. */
export async function readErrorTableLean(source: string, file: string): Promise<TableReading> {
	return readErrorTable(source, file, await parseMarkdownLean(withoutByteOrderMark(source)));
}

function withoutByteOrderMark(source: string): string {
	return source.startsWith('\uFEFF') ? source.slice(1) : source;
}

function findTables(tree: Root): Table[] {
	const tables: Table[] = [];
	visit(tree, 'table', (table) => {
		tables.push(table);
	});
	return tables;
}

/**
 * Lines that look like rows but are not in any table: a blank line or a line of prose
 * ends a table, and Markdown reads what follows as a paragraph. Left alone, such rows
 * would vanish from the site without a word.
 */
function findStrayRows(file: string, tree: Root, text: string): Problem[] {
	const lines = text.split(/\r?\n/);
	const problems: Problem[] = [];
	visit(tree, 'paragraph', (paragraph: Paragraph) => {
		const { line: first } = start(paragraph);
		const last = paragraph.position?.end.line ?? first;
		for (let line = first; line <= last; line++) {
			const column = (lines[line - 1] ?? '').search(/\S/) + 1;
			if (lines[line - 1]?.trimStart().startsWith('|'))
				problems.push(strayRow(file, { line, column }));
		}
	});
	return problems;
}

function start(node: Nodes): Point {
	return node.position?.start ?? { line: 1, column: 1 };
}

function readRow(file: string, row: TableRow): { row: CodeRow } | { problems: Problem[] } {
	const [codeCell, descriptionCell, fixCell, extraCell] = row.children;
	if (!codeCell || !descriptionCell || !fixCell) {
		return { problems: [tooFewCells(file, row)] };
	}
	if (extraCell) return { problems: [tooManyCells(file, row, extraCell)] };

	const problems: Problem[] = [];
	const code = readCode(file, codeCell, problems);
	const description = cellText(descriptionCell);
	if (description === '') problems.push(emptyDescription(file, descriptionCell, code));
	const fix = cellText(fixCell);
	if (fix === '') problems.push(emptyFix(file, fixCell, code));
	if (code === undefined || problems.length > 0) return { problems };

	const nothingToDo = fix === NOTHING_TO_DO;
	return {
		row: {
			code,
			description,
			descriptionHtml: cellHtml(descriptionCell),
			fix: nothingToDo ? null : fix,
			fixHtml: nothingToDo ? null : cellHtml(fixCell),
			at: start(codeCell),
		},
	};
}

function readCode(file: string, cell: TableCell, problems: Problem[]): number | undefined {
	const text = cellText(cell);
	const code = Number(text);
	if (WHOLE_NUMBER.test(text) && Number.isSafeInteger(code)) return code;

	problems.push(notAWholeNumber(file, cell, text));
	return undefined;
}

/**
 * Raw HTML in the description or fix: its tags are left out of the site, so that no
 * markup from the table reaches a page. The text between them stays.
 */
function findRawHtml(file: string, row: TableRow): Problem[] {
	const [codeCell, descriptionCell, fixCell] = row.children;
	const code = codeCell ? cellText(codeCell) : '';
	const cells = [
		['description', descriptionCell],
		['fix', fixCell],
	] as const;
	return cells.flatMap(([name, cell]) => {
		const tags: Html[] = [];
		if (cell) {
			visit(cell, 'html', (node) => {
				tags.push(node);
			});
		}
		const [first] = tags;
		return first ? [rawHtml(file, first, name, code, tags)] : [];
	});
}

function findDuplicates(file: string, rows: readonly CodeRow[]): Problem[] {
	const firstRowOf = new Map<number, CodeRow>();
	const problems: Problem[] = [];
	for (const row of rows) {
		const first = firstRowOf.get(row.code);
		if (first) problems.push(duplicateCode(file, row, first));
		else firstRowOf.set(row.code, row);
	}
	return problems;
}

function noTable(file: string): Problem {
	return problemAt(
		file,
		{ line: 1, column: 1 },
		'No Markdown table found; the error codes must be in a table.',
		`Add a table with the columns ${COLUMNS}: a header row, a delimiter row such as "| --- | --- | --- |", then one row per code.`,
	);
}

function secondTable(file: string, extra: Table, first: Table): Problem {
	return problemAt(
		file,
		start(extra),
		`A second table starts here; the first starts on line ${start(first).line}.`,
		'Keep every error code in one table: move these rows into the first table and delete this one.',
	);
}

function strayRow(file: string, at: Point): Problem {
	return problemAt(
		file,
		at,
		'This line looks like a table row, but it is not in the table: a blank line or a line of text ends a table.',
		'Move the row into the table, without blank lines between rows, or delete it.',
	);
}

function wrongHeader(file: string, header: TableRow): Problem {
	return problemAt(
		file,
		start(header),
		`The header row has ${header.children.length} cells; the table needs ${COLUMN_COUNT} columns: ${COLUMNS}.`,
		`Give the header and delimiter rows exactly ${COLUMN_COUNT} cells.`,
	);
}

function tooFewCells(file: string, row: TableRow): Problem {
	return problemAt(
		file,
		start(row),
		`This row has ${row.children.length} of the ${COLUMN_COUNT} cells a row needs: ${COLUMNS}.`,
		`Add the missing cells; write "${NOTHING_TO_DO}" in the fix cell when there is nothing to do.`,
	);
}

function tooManyCells(file: string, row: TableRow, extraCell: TableCell): Problem {
	return problemAt(
		file,
		start(extraCell),
		`This row has ${row.children.length} cells; a row needs ${COLUMN_COUNT}: ${COLUMNS}.`,
		'Delete the extra cell, or write a "|" that belongs inside a cell as "\\|".',
	);
}

function notAWholeNumber(file: string, cell: TableCell, text: string): Problem {
	const what = text === '' ? 'The code cell is empty' : `The code "${text}" is not a whole number`;
	return problemAt(
		file,
		start(cell),
		`${what}.`,
		'Write the code in digits only, such as 6000101: no sign, spaces, separators or leading zeros.',
	);
}

function emptyDescription(file: string, cell: TableCell, code: number | undefined): Problem {
	return problemAt(
		file,
		start(cell),
		`The description of code ${code ?? '(unreadable)'} is empty.`,
		'Say in the description cell what the error means.',
	);
}

function emptyFix(file: string, cell: TableCell, code: number | undefined): Problem {
	return problemAt(
		file,
		start(cell),
		`The fix of code ${code ?? '(unreadable)'} is empty.`,
		`Write what to do about the error, or "${NOTHING_TO_DO}" when there is nothing to do.`,
	);
}

function rawHtml(file: string, first: Html, cell: string, code: string, tags: Html[]): Problem {
	const written = tags.map((tag) =>
		tag.value.length > 40 ? `${tag.value.slice(0, 39)}…` : tag.value,
	);
	return problemAt(
		file,
		start(first),
		`The ${cell} of code ${code} holds raw HTML (${written.join(', ')}); the site shows the cell without it.`,
		'Nothing to do if the cell reads as meant without the tags; otherwise ask for it to be written in Markdown.',
	);
}

function duplicateCode(file: string, row: CodeRow, first: CodeRow): Problem {
	return problemAt(
		file,
		row.at,
		`Code ${row.code} appears twice: on line ${first.at.line} and on line ${row.at.line}.`,
		`Keep one row for code ${row.code}: delete the other, or correct its number.`,
	);
}
