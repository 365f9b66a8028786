import { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { problemAt, type Point, type Problem } from './problems';
import { pointOf, yamlProblem } from './yaml-places';
import type { Block, Range } from './schemas';

/** A block as read, with the place it is written, for messages about it. */
export type LocatedBlock = Block & { at: Point };
export type LocatedRange = Omit<Range, 'blocks'> & { at: Point; blocks: LocatedBlock[] };

export interface RangesReading {
	ranges: LocatedRange[];
	problems: Problem[];
}

const number = z.number().int().nonnegative();
const text = z.string().trim().min(1);
const blockInput = z.strictObject({ first: number, last: number, title: text, summary: text });
const rangeInput = blockInput.extend({ blocks: z.array(blockInput).min(1) });
const rangesInput = z.array(rangeInput).min(1);

type BlockInput = z.infer<typeof blockInput>;

const YAML_HINT = 'Write the ranges as a YAML list; check the indentation and quoting here.';

/** What each field holds, for the hint of a problem with that field. */
const FIELD_HINTS: Record<string, string> = {
	first: 'Give "first" as a whole number: the lowest code of the range or block.',
	last: 'Give "last" as a whole number: the highest code of the range or block.',
	title: 'Give a "title": a few Chinese words that name what its codes are about.',
	summary: 'Give a "summary": one paragraph, in Chinese, on what its codes have in common.',
	blocks: 'Give the range a "blocks" list with at least one block.',
};

/**
 * Reads the ranges file: a YAML list of ranges, each with its blocks. Checks the shape
 * of every entry and that ranges, and the blocks of a range, neither overlap nor stray
 * outside each other. Ranges come back in numeric order.
 */
export function readRanges(source: string, file: string): RangesReading {
	const lines = new LineCounter();
	const document = parseDocument(source, { lineCounter: lines, prettyErrors: false });
	if (document.errors.length > 0) {
		const problems = document.errors.map((e) => yamlProblem(file, lines, e, YAML_HINT));
		return { ranges: [], problems };
	}

	const input: unknown = document.toJS();
	const parsed = rangesInput.safeParse(input);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) =>
			shapeProblem(file, { lines, document, input }, issue),
		);
		return { ranges: [], problems };
	}

	const ranges = parsed.data.map((range, index) => locateRange(range, index, document, lines));
	ranges.sort((a, b) => a.first - b.first);
	return { ranges, problems: checkNumbers(file, ranges) };
}

/**
 * The name of the range's numbers as a person writes it: `6xxxxxx` for 6000000–6999999,
 * `0` for a range of one code, `first-last` for a range that is not a power of ten wide.
 * It is also the range's URL segment.
 */
export function rangeId(first: number, last: number): string {
	if (first === last) return String(first);

	const width = last - first + 1;
	const digits = Math.log10(width);
	const written = String(first);
	if (Number.isInteger(digits) && first % width === 0 && written.length > digits) {
		return written.slice(0, written.length - digits) + 'x'.repeat(digits);
	}
	return `${first}-${last}`;
}

function locateRange(
	range: z.infer<typeof rangeInput>,
	index: number,
	document: Document,
	lines: LineCounter,
): LocatedRange {
	const blocks = range.blocks.map((block, blockIndex) =>
		locateBlock(block, pointOf(document, lines, [index, 'blocks', blockIndex])),
	);
	blocks.sort((a, b) => a.first - b.first);
	return {
		...locateBlock(range, pointOf(document, lines, [index])),
		id: rangeId(range.first, range.last),
		blocks,
	};
}

function locateBlock(block: BlockInput, at: Point): LocatedBlock {
	const { first, last, title, summary } = block;
	return { id: `${first}-${last}`, first, last, title, summary, at };
}

function checkNumbers(file: string, ranges: readonly LocatedRange[]): Problem[] {
	const problems: Problem[] = [];
	for (const range of ranges) {
		problems.push(...checkOrder(file, 'range', range));
		for (const block of range.blocks) {
			problems.push(...checkOrder(file, 'block', block));
			if (block.first < range.first || block.last > range.last) {
				problems.push(blockOutside(file, block, range));
			}
		}
		problems.push(...checkOverlaps(file, 'block', range.blocks));
	}
	problems.push(...checkOverlaps(file, 'range', ranges));
	return problems;
}

function checkOrder(file: string, kind: string, item: LocatedBlock): Problem[] {
	if (item.first <= item.last) return [];
	return [
		problemAt(
			file,
			item.at,
			`This ${kind} ends (last: ${item.last}) before it starts (first: ${item.first}).`,
			'Swap "first" and "last", or correct the one that is wrong.',
		),
	];
}

/** Expects `items` in numeric order of `first`. */
function checkOverlaps(file: string, kind: string, items: readonly LocatedBlock[]): Problem[] {
	const problems: Problem[] = [];
	for (const [index, item] of items.entries()) {
		const before = items[index - 1];
		if (before && item.first <= before.last) {
			problems.push(
				problemAt(
					file,
					item.at,
					`The ${kind} ${span(item)} overlaps the ${kind} ${span(before)} on line ${before.at.line}.`,
					`Change "first" or "last" so that each number falls in one ${kind} only.`,
				),
			);
		}
	}
	return problems;
}

function blockOutside(file: string, block: LocatedBlock, range: LocatedRange): Problem {
	return problemAt(
		file,
		block.at,
		`The block ${span(block)} lies outside its range ${span(range)} (line ${range.at.line}).`,
		'Move the block under the range that holds its numbers, or correct its "first" and "last".',
	);
}

function span(item: { first: number; last: number }): string {
	return `${item.first}–${item.last}`;
}

/** The ranges file as YAML nodes, with their places, and as plain values. */
interface ReadYaml {
	lines: LineCounter;
	document: Document;
	input: unknown;
}

function shapeProblem(file: string, yaml: ReadYaml, issue: z.core.$ZodIssue): Problem {
	const path = issue.path.filter((key) => typeof key !== 'symbol');
	const field = issue.code === 'unrecognized_keys' ? undefined : path.at(-1);
	const hint =
		issue.code === 'unrecognized_keys'
			? `Remove ${issue.keys.map((key) => `"${key}"`).join(', ')}: a range or block holds first, last, title, summary and (for a range) blocks.`
			: (FIELD_HINTS[String(field)] ??
				'Write the file as a list of ranges, each with first, last, title, summary and blocks.');
	const at = pointOf(yaml.document, yaml.lines, path);
	return problemAt(file, at, describeIssue(path, issue, yaml.input), hint);
}

function describeIssue(
	path: readonly PropertyKey[],
	issue: z.core.$ZodIssue,
	input: unknown,
): string {
	const field = path.at(-1);
	const owner = ownerName(input, path);
	if (issue.code === 'too_small' && (field === 'title' || field === 'summary')) {
		return `${owner} has an empty ${field}.`;
	}
	if (issue.code === 'too_small' && field === 'blocks') return `${owner} has no blocks.`;
	if (issue.code === 'invalid_type' && issue.input === undefined && typeof field === 'string') {
		return `${owner} has no ${field}.`;
	}
	return `${describePath(path)}: ${issue.message}.`;
}

/**
 * The range or block that holds the field at `path`, named by its numbers when they can
 * be read (`The range 5000000–5999999`), so that a writer finds it among the others.
 */
function ownerName(input: unknown, path: readonly PropertyKey[]): string {
	const kind = path.length > 2 ? 'block' : 'range';
	const owner = path
		.slice(0, -1)
		.reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), input);
	if (isRecord(owner) && typeof owner['first'] === 'number' && typeof owner['last'] === 'number') {
		return `The ${kind} ${span({ first: owner['first'], last: owner['last'] })}`;
	}
	return `This ${kind}`;
}

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
	return typeof value === 'object' && value !== null;
}

function describePath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return 'The file';
	return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}
