import { parseQuery, type ParsedQuery } from '../query';
import {
	placeOf,
	shardsFor,
	type LookupIndex,
	type LookupRange,
	type LookupShard,
} from '../lookup';

/** One code in a list of results. */
export interface Hit {
	code: number;
	description: string;
	url: string;
	/** A passage of the page with the matched words in `<mark>`, from full-text search. */
	excerptHtml?: string;
}

export interface Outcome {
	query: ParsedQuery;
	hits: Hit[];
	/** Set when the query is a code that the table does not hold. */
	unknownCode?: { code: string; range?: LookupRange; block?: LookupRange['blocks'][number] };
}

/** The parts of Pagefind's browser API that search uses. */
interface Pagefind {
	options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] }>;
}

interface PagefindResult {
	score: number;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** How many results a query shows at most. */
export const RESULT_LIMIT = 20;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let pagefind: Promise<Pagefind> | undefined;
let lookupIndex: Promise<LookupIndex> | undefined;
const shards = new Map<string, Promise<LookupShard>>();

/** Starts downloading what search needs, so that the first query does not wait for it. */
export function warmUp(): Promise<unknown> {
	return Promise.all([loadPagefind(), loadLookupIndex()]);
}

export async function search(raw: string): Promise<Outcome> {
	const query = parseQuery(raw);
	if (query.text === '') return { query, hits: [] };
	if (query.code !== undefined) return searchCode(query, query.code);

	const [pasted, found] = await Promise.all([exactCodes(query.numbers), searchText(query.text)]);
	const pastedCodes = new Set(pasted.map((hit) => hit.code));
	const hits = [...pasted, ...found.filter((hit) => !pastedCodes.has(hit.code))];
	return { query, hits: hits.slice(0, RESULT_LIMIT) };
}

/** The code itself first, then the codes that start with its digits, in numeric order. */
async function searchCode(query: ParsedQuery, digits: string): Promise<Outcome> {
	const index = await loadLookupIndex();
	const hits: Hit[] = [];
	for (const key of shardsFor(digits, index)) {
		const shard = await loadShard(key);
		for (const [code, description] of shard) {
			if (String(code).startsWith(digits)) hits.push(codeHit(code, description));
		}
		if (hits.length >= RESULT_LIMIT) break;
	}
	hits.sort(
		(a, b) =>
			Number(String(b.code) === digits) - Number(String(a.code) === digits) || a.code - b.code,
	);

	if (hits.length > 0) return { query, hits: hits.slice(0, RESULT_LIMIT) };
	return { query, hits, unknownCode: { code: digits, ...placeOf(Number(digits), index) } };
}

async function exactCodes(numbers: readonly string[]): Promise<Hit[]> {
	if (numbers.length === 0) return [];
	const index = await loadLookupIndex();
	const hits: Hit[] = [];
	for (const digits of numbers) {
		const [key] = shardsFor(digits, index).filter((k) => digits.startsWith(k));
		const entry =
			key === undefined ? undefined : (await loadShard(key)).find(([c]) => String(c) === digits);
		if (entry) hits.push(codeHit(...entry));
	}
	return hits;
}

async function searchText(text: string): Promise<Hit[]> {
	const engine = await loadPagefind();
	const { results } = await engine.search(text);
	const top = results.slice(0, RESULT_LIMIT);
	const data = await Promise.all(top.map((result) => result.data()));
	const hits = data.map((page, i) => ({ score: top[i]?.score ?? 0, hit: textHit(page) }));
	// Pagefind ranks by relevance; codes that match equally well keep numeric order.
	hits.sort((a, b) => b.score - a.score || a.hit.code - b.hit.code);
	return hits.map(({ hit }) => hit);
}

function codeHit(code: number, description: string): Hit {
	return { code, description, url: `${base}codes/${code}/` };
}

function textHit(data: Awaited<ReturnType<PagefindResult['data']>>): Hit {
	const code = Number(data.meta['code']);
	return {
		code,
		description: data.meta['description'] ?? '',
		url: data.url,
		excerptHtml: data.excerpt,
	};
}

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const engine = (await import(/* @vite-ignore */ url)) as Pagefind;
		await engine.options({ baseUrl: base, excerptLength: 24 });
		await engine.init();
		return engine;
	})();
	return pagefind;
}

function loadLookupIndex(): Promise<LookupIndex> {
	lookupIndex ??= fetchJson<LookupIndex>(`${base}lookup/index.json`);
	return lookupIndex;
}

function loadShard(key: string): Promise<LookupShard> {
	let shard = shards.get(key);
	if (!shard) {
		shard = fetchJson<LookupShard>(`${base}lookup/${key}.json`);
		shards.set(key, shard);
	}
	return shard;
}

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return (await response.json()) as T;
}
