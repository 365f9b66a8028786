import type { CodeEntry, Range } from '../content-reader/schemas';
import { shardKey, type LookupIndex, type LookupShard } from './lookup';

export interface Lookup {
	index: LookupIndex;
	shards: Map<string, LookupShard>;
}

/** Expects `codes` in numeric order. */
export function buildLookup(codes: readonly CodeEntry[], ranges: readonly Range[]): Lookup {
	const shards = new Map<string, LookupShard>();
	for (const { code, description } of codes) {
		const key = shardKey(code);
		const shard = shards.get(key) ?? [];
		shard.push([code, description]);
		shards.set(key, shard);
	}

	const index: LookupIndex = {
		ranges: ranges.map(({ id, title, first, last, blocks }) => ({
			id,
			title,
			first,
			last,
			blocks: blocks.map((b) => ({ id: b.id, title: b.title, first: b.first, last: b.last })),
		})),
		shards: Object.fromEntries([...shards].map(([key, shard]) => [key, shard.length])),
	};
	return { index, shards };
}
