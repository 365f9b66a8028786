import type { QueryPlan, QueryWord } from './query-plan';

/**
 * How much a word found through a synonym counts, against 1 for the word itself. Below 1,
 * so that a code holding every word of the query as typed always ranks above one that
 * needs a synonym for any of them: adding words never pushes a literal match down.
 */
export const SYNONYM_WEIGHT = 0.75;

/** A code that full-text search returned for some term of the query. */
export interface Candidate {
	code: number;
	/** The code's indexed text, folded. */
	content: string;
	/** Full-text relevance of the code for each term searched, by term. */
	scores: ReadonlyMap<string, number>;
}

export interface RankedCode {
	code: number;
	/**
	 * How many words of the query the code holds: each word counts its weight when found as
	 * typed, less when found through a synonym.
	 */
	coverage: number;
	/** The text found in the code for the words of the query, to highlight. */
	found: string[];
}

interface Scored extends RankedCode {
	/** Whether the code's text holds the whole query as typed, as one phrase. */
	phrase: boolean;
	/** Relevance of the code for the whole query as typed, as full-text search alone ranks. */
	whole: number;
	/** Relevance summed over the words found. */
	relevance: number;
}

/**
 * Orders the codes for a query: by how many of its words they hold, then those that hold
 * the whole query as one phrase, then by full-text relevance for the query as typed (as
 * full-text search alone ranks), then by the relevance of the words found, and codes that
 * match equally well in numeric order. A code that holds none of the words is left out.
 */
export function rankCodes(plan: QueryPlan, candidates: readonly Candidate[]): RankedCode[] {
	const scored = candidates.map((candidate) => score(plan, candidate));
	return scored
		.filter((code) => code.coverage > 0)
		.sort(
			(a, b) =>
				b.coverage - a.coverage ||
				Number(b.phrase) - Number(a.phrase) ||
				b.whole - a.whole ||
				b.relevance - a.relevance ||
				a.code - b.code,
		)
		.map(({ code, coverage, found }) => ({ code, coverage, found }));
}

function score(plan: QueryPlan, candidate: Candidate): Scored {
	let coverage = 0;
	let relevance = 0;
	const found: string[] = [];
	for (const word of plan.words) {
		const match = matchWord(word, candidate);
		coverage += word.weight * match.weight;
		relevance += word.weight * match.weight * match.relevance;
		found.push(...match.found);
	}
	const whole = candidate.scores.get(plan.text) ?? 0;
	const phrase = plan.text !== '' && candidate.content.includes(plan.text);
	return { code: candidate.code, coverage, phrase, whole, relevance, found };
}

function matchWord(
	word: QueryWord,
	{ content, scores }: Candidate,
): { weight: number; relevance: number; found: string[] } {
	const literal = word.literal.filter((text) => content.includes(text));
	if (literal.length > 0) {
		// `app` inside `appid` is a part of another word: it counts as a synonym would.
		const weight = literal.some((text) => holdsWord(content, text)) ? 1 : SYNONYM_WEIGHT;
		return { weight, relevance: best(literal, scores), found: literal };
	}

	const synonyms = word.synonyms.filter((text) => content.includes(text));
	if (synonyms.length > 0) {
		return { weight: SYNONYM_WEIGHT, relevance: best(synonyms, scores), found: synonyms };
	}
	return { weight: 0, relevance: 0, found: [] };
}

const LATIN_EDGE = /[a-z0-9]/;

/**
 * Whether `text` stands in `content` as a word of its own: a Latin word not run into the
 * letters of a longer one. Chinese has no spaces to tell words apart, so Chinese text
 * always does.
 */
function holdsWord(content: string, text: string): boolean {
	const latinStart = LATIN_EDGE.test(text.charAt(0));
	const latinEnd = LATIN_EDGE.test(text.charAt(text.length - 1));
	for (let at = content.indexOf(text); at !== -1; at = content.indexOf(text, at + 1)) {
		const before = content.charAt(at - 1);
		const after = content.charAt(at + text.length);
		const joinedBefore = latinStart && before !== '' && LATIN_EDGE.test(before);
		const joinedAfter = latinEnd && after !== '' && LATIN_EDGE.test(after);
		if (!joinedBefore && !joinedAfter) return true;
	}
	return false;
}

function best(terms: readonly string[], scores: ReadonlyMap<string, number>): number {
	return Math.max(0, ...terms.map((term) => scores.get(term) ?? 0));
}

/** Every term the query needs full-text search for: the whole query, and each word's forms. */
export function searchTerms(plan: QueryPlan): string[] {
	const terms = [plan.text, ...plan.words.flatMap((word) => [...word.literal, ...word.synonyms])];
	return [...new Set(terms.filter((term) => term !== ''))];
}
