import type { APIRoute } from 'astro';
import { loadReference } from '../lib/reference';
import { codeHref } from '../lib/urls';

/** Every code in numeric order, for tools and scripts. */
export const GET: APIRoute = async () => {
	const { codes } = await loadReference();
	const entries = codes.map((entry) => ({
		code: entry.code,
		description: entry.description,
		fix: entry.fix,
		descriptionHtml: entry.descriptionHtml,
		fixHtml: entry.fixHtml,
		range: entry.range,
		block: entry.block,
		url: codeHref(entry.code),
	}));
	return new Response(JSON.stringify({ codes: entries }, null, '\t') + '\n', {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
