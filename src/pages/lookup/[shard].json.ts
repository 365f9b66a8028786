import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadReference } from '../../lib/reference';
import { buildLookup } from '../../search/build-lookup';

/** One shard of the code lookup: the codes that start with the shard's digits. */
export const getStaticPaths = (async () => {
	const { codes, ranges } = await loadReference();
	return [...buildLookup(codes, ranges).shards].map(([shard, entries]) => ({
		params: { shard },
		props: { entries },
	}));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => Response.json(props.entries);
