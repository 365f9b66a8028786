import { ConverterFactory } from 'opencc-js/core';
import { excerptOf, markWords, type Excerpt, type ExcerptPart } from '../excerpt';
import { foldText } from '../fold-text';
import { parseQuery, type ParsedQuery } from '../query';
import {
	buildDictionary,
	foldQuery,
	planQuery,
	type Dictionary,
	type QueryPlan,
	type SearchWords,
} from '../query-plan';
import { rankCodes, searchTerms, type Candidate } from '../rank';
import { placeOf, shardsFor, type LookupIndex, type LookupShard, type Place } from '../lookup';

/** One code in a list of results. */
export interface Hit {
	code: number;
	/** The description, with the words that matched the query marked. */
	description: ExcerptPart[];
	url: string;
	/** A passage of the code's text, with the words that matched the query marked. */
	excerpt?: Excerpt;
}

export interface Outcome {
	query: ParsedQuery;
	hits: Hit[];
	/** Set when the query is a code that the table does not hold. */
	unknownCode?: { code: string; place: Place | undefined };
}

/** The parts of Pagefind's browser API that search uses. */
interface Pagefind {
	options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] }>;
}

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindPage>;
}

interface PagefindPage {
	url: string;
	content: string;
	plain_excerpt: string;
	meta: Record<string, string | undefined>;
}

/** How to read a query in words: the vocabulary, and Traditional to Simplified conversion. */
interface Reading {
	dictionary: Dictionary;
	toSimplified: (text: string) => string;
}

/** How many results a query shows at most. */
export const RESULT_LIMIT = 20;
/**
 * How many codes that full-text search returned get their text checked against the
 * words of the query. Enough for any query of the table today; it bounds the downloads
 * of a query that matches a very long table.
 */
const CANDIDATE_LIMIT = 40;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let pagefind: Promise<Pagefind> | undefined;
let lookupIndex: Promise<LookupIndex> | undefined;
let reading: Promise<Reading> | undefined;
const shards = new Map<string, Promise<LookupShard>>();

/** Starts downloading what search needs, so that the first query does not wait for it. */
export function warmUp(): Promise<unknown> {
	return Promise.all([loadPagefind(), loadLookupIndex(), loadReading()]);
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

/**
 * The code itself first, then the codes that start with its digits, in numeric order;
 * a whole pasted value (`-1`, `错误码：6000101`) only the code itself.
 */
async function searchCode(query: ParsedQuery, digits: string): Promise<Outcome> {
	const index = await loadLookupIndex();
	const matches = (code: string): boolean =>
		query.whole ? code === digits : code.startsWith(digits);
	const hits: Hit[] = [];
	for (const key of shardsFor(digits, index)) {
		const shard = await loadShard(key);
		for (const [code, description] of shard) {
			if (matches(String(code))) hits.push(codeHit(code, description));
		}
		if (hits.length >= RESULT_LIMIT) break;
	}
	hits.sort(
		(a, b) =>
			Number(String(b.code) === digits) - Number(String(a.code) === digits) || a.code - b.code,
	);

	if (hits.length > 0) return { query, hits: hits.slice(0, RESULT_LIMIT) };
	return { query, hits, unknownCode: { code: digits, place: placeOf(Number(digits), index) } };
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

/**
 * Full-text search for the words of a query: each word as typed and each table word it
 * stands for are searched on their own, and the codes found are ranked by how many words
 * of the query they hold (see `rankCodes`).
 */
async function searchText(text: string): Promise<Hit[]> {
	const [engine, { dictionary, toSimplified }] = await Promise.all([loadPagefind(), loadReading()]);
	const plan = planQuery(foldQuery(text, toSimplified), dictionary);
	if (plan.words.length === 0) return [];

	const terms = searchTerms(plan);
	const responses = await Promise.all(terms.map((term) => engine.search(term)));
	const found = new Map<string, { result: PagefindResult; scores: Map<string, number> }>();
	for (const [index, { results }] of responses.entries()) {
		for (const result of results) {
			const page = found.get(result.id) ?? { result, scores: new Map<string, number>() };
			page.scores.set(terms[index] ?? '', result.score);
			found.set(result.id, page);
		}
	}

	const pages = [...found.values()]
		.sort((a, b) => b.scores.size - a.scores.size || best(b.scores) - best(a.scores))
		.slice(0, CANDIDATE_LIMIT);
	const loaded = await Promise.all(
		pages.map(async ({ result, scores }) => ({ page: await result.data(), scores })),
	);
	return rankPages(plan, loaded);
}

function rankPages(
	plan: QueryPlan,
	loaded: readonly { page: PagefindPage; scores: Map<string, number> }[],
): Hit[] {
	const pageOf = new Map<number, PagefindPage>();
	const candidates: Candidate[] = loaded.map(({ page, scores }) => {
		const code = Number(page.meta['code']);
		pageOf.set(code, page);
		return { code, content: foldText(page.content), scores };
	});

	return rankCodes(plan, candidates)
		.slice(0, RESULT_LIMIT)
		.flatMap(({ code, found }) => {
			const page = pageOf.get(code);
			return page ? [textHit(code, page, found)] : [];
		});
}

function best(scores: ReadonlyMap<string, number>): number {
	return Math.max(0, ...scores.values());
}

function codeHit(code: number, description: string): Hit {
	return {
		code,
		description: [{ text: description, marked: false }],
		url: `${base}codes/${code}/`,
	};
}

function textHit(code: number, page: PagefindPage, found: readonly string[]): Hit {
	const description = page.meta['description'] ?? '';
	const excerpt = excerptOf(description, page.plain_excerpt, found);
	return {
		code,
		description: markWords(description, found),
		url: page.url,
		...(excerpt && { excerpt }),
	};
}

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const engine = (await import(/* @vite-ignore */ url)) as Pagefind;
		// On the page's own thread: a worker would cost another 43 KB of script to download,
		// and the index of one table is small enough to search between two keystrokes.
		await engine.options({ baseUrl: base, excerptLength: 24, noWorker: true });
		await engine.init();
		return engine;
	})();
	return pagefind;
}

function loadLookupIndex(): Promise<LookupIndex> {
	lookupIndex ??= fetchJson<LookupIndex>(`${base}lookup/index.json`);
	return lookupIndex;
}

function loadReading(): Promise<Reading> {
	reading ??= fetchJson<SearchWords>(`${base}search/words.json`).then((words) => ({
		dictionary: buildDictionary(words),
		toSimplified: ConverterFactory(...words.traditional.map((dictionary) => [dictionary])),
	}));
	return reading;
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
