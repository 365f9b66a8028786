import type { APIRoute } from 'astro';
import { loadReference } from '../../lib/reference';
import { buildLookup } from '../../search/build-lookup';

/** The code lookup's index: the ranges, and how many codes each shard holds. */
export const GET: APIRoute = async () => {
	const { codes, ranges } = await loadReference();
	return Response.json(buildLookup(codes, ranges).index);
};
