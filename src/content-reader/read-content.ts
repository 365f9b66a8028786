import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { placeCodes } from './placement';
import { ContentError, type Problem } from './problems';
import { readRanges, type LocatedRange } from './ranges';
import type { CodeEntry, Range, Vocabulary } from './schemas';
import { readErrorTable, readErrorTableLean, type TableReading } from './table';
import { readVocabulary } from './vocabulary';

/** The content files, as paths relative to the project root. */
export interface ContentFiles {
	table: string;
	ranges: string;
}

export interface Reference {
	codes: CodeEntry[];
	ranges: Range[];
	/** What was published, but not quite as written. */
	warnings: Problem[];
}

/**
 * Reads and checks the table and the ranges from their sources. Throws a
 * `ContentError` that lists every problem found in both files.
 */
export function checkReference(
	sources: ContentFiles,
	files: ContentFiles,
	table: TableReading = readErrorTable(sources.table, files.table),
): Reference {
	const ranges = readRanges(sources.ranges, files.ranges);
	const placement = placeCodes(table.rows, ranges.ranges, files);

	// A code's place can only be judged against ranges that were read without problems.
	const placementProblems = ranges.problems.length === 0 ? placement.problems : [];
	const problems = [...table.problems, ...ranges.problems, ...placementProblems];
	if (problems.length > 0) throw new ContentError(problems);

	return {
		codes: placement.codes,
		ranges: ranges.ranges.map(withoutPlaces),
		warnings: table.warnings,
	};
}

/** Reads the ranges file alone, for the collection of ranges. */
export async function readRangesFile(root: string, file: string): Promise<Range[]> {
	const reading = readRanges(await readFile(path.resolve(root, file), 'utf8'), file);
	if (reading.problems.length > 0) throw new ContentError(reading.problems);
	return reading.ranges.map(withoutPlaces);
}

export async function readReference(root: string, files: ContentFiles): Promise<Reference> {
	const [table, ranges] = await Promise.all([
		readFile(path.resolve(root, files.table), 'utf8'),
		readFile(path.resolve(root, files.ranges), 'utf8'),
	]);
	const reading = await readErrorTableLean(table, files.table);
	return checkReference({ table, ranges }, files, reading);
}

/**
 * Reads the search vocabulary and checks it against the table's descriptions and fixes.
 * A problem of the table itself is left to the reading of the table, which reports it.
 */
export async function readVocabularyFile(
	root: string,
	files: { table: string; vocabulary: string },
): Promise<Vocabulary> {
	const [table, source] = await Promise.all([
		readFile(path.resolve(root, files.table), 'utf8'),
		readFile(path.resolve(root, files.vocabulary), 'utf8'),
	]);
	const texts = (await readErrorTableLean(table, files.table)).rows.flatMap((row) => [
		row.description,
		row.fix ?? '',
	]);
	const reading = readVocabulary(source, files.vocabulary, texts);
	if (reading.problems.length > 0) throw new ContentError(reading.problems);
	return reading.vocabulary;
}

function withoutPlaces({ at: _at, blocks, ...range }: LocatedRange): Range {
	return { ...range, blocks: blocks.map(({ at: _blockAt, ...block }) => block) };
}
