import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadReference } from '../../lib/reference';
import { buildSearchWords } from '../../search/search-words';

/** The words search reads queries with: the vocabulary, and Traditional forms of its words. */
export const GET: APIRoute = async () => {
	const [{ codes }, [vocabulary]] = await Promise.all([
		loadReference(),
		getCollection('vocabulary'),
	]);
	return Response.json(buildSearchWords(codes, vocabulary?.data));
};
