import { stemmer } from 'stemmer';
import { foldText } from './fold-text';

/**
 * What the browser downloads to read a query in words: the search vocabulary, and the
 * dictionaries that turn Traditional characters into the Simplified ones of the table.
 * Written at build time by `search-words.ts`, all words folded by `foldText`.
 */
export interface SearchWords {
	/** For each word of the table that the vocabulary names: that word, then the words people use for it. */
	words: string[][];
	/** Words that say nothing about which code is meant. */
	ignore: string[];
	/** Words that say little about which code is meant, such as 错误 or failed. */
	minor: string[];
	/** OpenCC dictionaries in its `source target|…` form, applied one after the other. */
	traditional: string[];
}

/** One word of a query, and what counts as finding it in a code's text. */
export interface QueryWord {
	/** The word as typed, after folding and conversion to Simplified characters. */
	text: string;
	/** Text that, found in a code's text, is the word itself. */
	literal: string[];
	/** Words of the table that the word stands for. */
	synonyms: string[];
	/** How much finding the word counts: 1, or less for a word that says little. */
	weight: number;
}

export interface QueryPlan {
	/** The whole query, folded and in Simplified characters. */
	text: string;
	words: QueryWord[];
}

/** What a run of units of a query stands for. */
interface DictionaryEntry {
	/** The table's own word, when the run is one. */
	tableWord?: string;
	synonyms: string[];
	ignore: boolean;
	minor: boolean;
}

export interface Dictionary {
	entries: Map<string, DictionaryEntry>;
	/** The most units any entry has: how far a match needs to look ahead. */
	longest: number;
}

interface Unit {
	text: string;
	/** What matching compares: a Chinese character, or the stem of a Latin word. */
	key: string;
	start: number;
	end: number;
	han: boolean;
}

/**
 * A query is matched in units: one Chinese character, or one run of letters and digits
 * (a Latin word, with its apostrophe: `can't`). Spaces between units do not matter, so `摄像 头` is `摄像头`, and
 * `AI捏脸` is `ai 捏脸`.
 */
const UNIT = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’]\p{L}+)?/gu;
const HAN = /^\p{Script=Han}$/u;
/** How much a minor word counts, against 1 for any other word. */
export const MINOR_WEIGHT = 0.5;
const LATIN_WORD = /^[a-z]+$/;

export function units(text: string): Unit[] {
	return [...text.matchAll(UNIT)].map((match) => {
		const han = HAN.test(match[0]);
		return {
			text: match[0],
			// An English word is compared by its stem, so "permissions" finds "permission".
			key: LATIN_WORD.test(match[0]) ? stemmer(match[0]) : match[0],
			start: match.index,
			end: match.index + match[0].length,
			han,
		};
	});
}

/**
 * What matching compares for a word or phrase: its units' keys. Two words with one key
 * are one word to search (`permission`, `permissions`; `AR`, `are`).
 */
export function matchKey(text: string): string {
	return keyOf(foldText(text)).key;
}

function keyOf(text: string): { key: string; length: number } {
	const found = units(text);
	return { key: found.map((unit) => unit.key).join(' '), length: found.length };
}

/** The vocabulary as a dictionary of runs of units. */
export function buildDictionary(
	vocabulary: Pick<SearchWords, 'words' | 'ignore' | 'minor'>,
): Dictionary {
	const entries = new Map<string, DictionaryEntry>();
	let longest = 0;
	const entryFor = (text: string): DictionaryEntry => {
		const { key, length } = keyOf(text);
		longest = Math.max(longest, length);
		let entry = entries.get(key);
		if (!entry) {
			entry = { synonyms: [], ignore: false, minor: false };
			entries.set(key, entry);
		}
		return entry;
	};

	for (const [tableWord, ...synonyms] of vocabulary.words) {
		if (tableWord === undefined) continue;
		entryFor(tableWord).tableWord = tableWord;
		for (const synonym of synonyms) {
			const entry = entryFor(synonym);
			if (!entry.synonyms.includes(tableWord)) entry.synonyms.push(tableWord);
		}
	}
	for (const word of vocabulary.ignore) entryFor(word).ignore = true;
	for (const word of vocabulary.minor) entryFor(word).minor = true;
	return { entries, longest };
}

/**
 * Reads a query as words: the longest runs that the vocabulary knows first, then the
 * rest split into words by the browser's own Chinese word segmenter. Ignored words are
 * left out; every other word must be found, in itself or through a synonym.
 */
export function planQuery(folded: string, dictionary: Dictionary): QueryPlan {
	const found = units(folded);
	const words: QueryWord[] = [];
	let unknown: Unit[] = [];
	const flush = (): void => {
		words.push(...unknownWords(unknown, dictionary));
		unknown = [];
	};

	for (let at = 0; at < found.length;) {
		const match = longestMatch(found, at, dictionary);
		if (!match) {
			unknown.push(...found.slice(at, at + 1));
			at += 1;
			continue;
		}

		flush();
		const text = folded.slice(found[at]?.start, found[at + match.length - 1]?.end);
		if (!match.entry.ignore) words.push(knownWord(text, match.entry));
		at += match.length;
	}
	flush();
	return { text: folded, words: uniqueWords(words) };
}

function longestMatch(
	found: readonly Unit[],
	at: number,
	dictionary: Dictionary,
): { entry: DictionaryEntry; length: number } | undefined {
	for (let length = Math.min(dictionary.longest, found.length - at); length > 0; length--) {
		const key = found
			.slice(at, at + length)
			.map((unit) => unit.key)
			.join(' ');
		const entry = dictionary.entries.get(key);
		if (entry) return { entry, length };
	}
	return undefined;
}

function knownWord(text: string, entry: DictionaryEntry): QueryWord {
	const weight = entry.minor ? MINOR_WEIGHT : 1;
	return { text, literal: [entry.tableWord ?? text], synonyms: entry.synonyms, weight };
}

/** Runs the vocabulary does not know: Latin words as they are, Chinese split into words. */
function unknownWords(run: readonly Unit[], dictionary: Dictionary): QueryWord[] {
	const words: QueryWord[] = [];
	let han = '';
	const flushHan = (): void => {
		for (const segment of segmentChinese(han)) {
			if (!dictionary.entries.get(segment)?.ignore) words.push(plainWord(segment));
		}
		han = '';
	};

	for (const unit of run) {
		if (unit.han) {
			han += unit.text;
			continue;
		}
		flushHan();
		words.push(plainWord(unit.text));
	}
	flushHan();
	return words;
}

/** A single character, Chinese or Latin, that the vocabulary does not know says little. */
function plainWord(text: string): QueryWord {
	const weight = text.length === 1 ? MINOR_WEIGHT : 1;
	return { text, literal: [text], synonyms: [], weight };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

function segmentChinese(text: string): string[] {
	return [...segmenter.segment(text)].map((part) => part.segment);
}

/** A word typed twice counts once. */
function uniqueWords(words: readonly QueryWord[]): QueryWord[] {
	const seen = new Set<string>();
	return words.filter((word) => {
		const key = [...word.literal, '|', ...word.synonyms].join(' ');
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The query as search reads it: folded, and in Simplified characters. */
export function foldQuery(raw: string, toSimplified: (text: string) => string): string {
	return toSimplified(foldText(raw));
}
