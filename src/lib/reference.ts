import { getCollection } from 'astro:content';
import type { Block, CodeEntry, Range } from '../content-reader/schemas';

export type { Block, CodeEntry, Range };

export interface BlockWithCodes extends Block {
	codes: CodeEntry[];
}

export interface RangeWithCodes extends Omit<Range, 'blocks'> {
	blocks: BlockWithCodes[];
	codeCount: number;
}

/** Everything the pages show: the codes in numeric order and the ranges that hold them. */
export interface SiteReference {
	codes: CodeEntry[];
	ranges: RangeWithCodes[];
	rangeOf(code: CodeEntry): RangeWithCodes;
	blockOf(code: CodeEntry): BlockWithCodes;
}

let loaded: Promise<SiteReference> | undefined;

/** The reference, read from the content collections once per build. */
export function loadReference(): Promise<SiteReference> {
	loaded ??= buildReference();
	return loaded;
}

async function buildReference(): Promise<SiteReference> {
	const codes = (await getCollection('codes')).map((entry) => entry.data);
	codes.sort((a, b) => a.code - b.code);
	const codesByBlock = Map.groupBy(codes, (code) => code.block);
	const ranges = (await getCollection('ranges')).map((entry) =>
		attachCodes(entry.data, codesByBlock),
	);
	ranges.sort((a, b) => a.first - b.first);

	const rangeById = new Map(ranges.map((range) => [range.id, range]));
	const blockById = new Map(ranges.flatMap((range) => range.blocks.map((b) => [b.id, b])));
	return {
		codes,
		ranges,
		rangeOf: (code) => found(rangeById.get(code.range), code),
		blockOf: (code) => found(blockById.get(code.block), code),
	};
}

function attachCodes(range: Range, codesByBlock: Map<string, CodeEntry[]>): RangeWithCodes {
	const blocks = range.blocks.map((block) => ({
		...block,
		codes: codesByBlock.get(block.id) ?? [],
	}));
	const codeCount = blocks.reduce((sum, block) => sum + block.codes.length, 0);
	return { ...range, blocks, codeCount };
}

/** The loader placed every code, so a missing range or block is a bug, not bad content. */
function found<T>(value: T | undefined, code: CodeEntry): T {
	if (value === undefined) throw new Error(`Code ${code.code} lost its range or block.`);
	return value;
}

/** The title a person reads for a range, such as `6xxxxxx · 运行时`. */
export function rangeName(range: Pick<Range, 'id' | 'title'>): string {
	return `${range.id} · ${range.title}`;
}

/** The numbers of a block as a person reads them, such as `6000100–6000199`. */
export function blockSpan(block: Pick<Block, 'first' | 'last'>): string {
	return block.first === block.last ? String(block.first) : `${block.first}–${block.last}`;
}
