/**
 * The code lookup: what search needs to answer a query that is a code or the start of
 * one, without a full-text search. The codes are split into shards by their first
 * digits, so a lookup downloads the few codes that can match, however long the table.
 */

/** How many leading digits of a code name its shard. */
const SHARD_DIGITS = 4;

export interface LookupRange {
	id: string;
	title: string;
	first: number;
	last: number;
	blocks: { id: string; title: string; first: number; last: number }[];
}

export interface LookupIndex {
	ranges: LookupRange[];
	/** Shard key to the number of codes in the shard, keys in numeric order of codes. */
	shards: Record<string, number>;
}

/** `[code, description]` pairs in numeric order. */
export type LookupShard = [number, string][];

export function shardKey(code: number | string): string {
	return String(code).slice(0, SHARD_DIGITS);
}

/** The shards that can hold a code starting with `digits`, in numeric order of codes. */
export function shardsFor(digits: string, index: LookupIndex): string[] {
	const keys = Object.keys(index.shards);
	if (digits.length >= SHARD_DIGITS) return keys.filter((key) => key === shardKey(digits));
	return keys.filter((key) => key.startsWith(digits));
}

/** The range, and the block if any, that would hold `code` by its number. */
/** Where a number falls: its range, and its block when one holds it. */
export interface Place {
	range: LookupRange;
	block?: LookupRange['blocks'][number];
}

export function placeOf(code: number, index: Pick<LookupIndex, 'ranges'>): Place | undefined {
	const range = index.ranges.find((r) => r.first <= code && code <= r.last);
	if (!range) return undefined;
	const block = range.blocks.find((b) => b.first <= code && code <= b.last);
	return block ? { range, block } : { range };
}
