import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { foldText } from '../search/fold-text';
import { matchKey, units } from '../search/query-plan';
import { problemAt, type Point, type Problem } from './problems';
import type { Vocabulary } from './schemas';
import { pointOf, toPoint, yamlProblem } from './yaml-places';

export interface VocabularyReading {
	vocabulary: Vocabulary;
	problems: Problem[];
}

/** A word of the file as written, with its place, for messages about it. */
interface LocatedWord {
	word: string;
	at: Point;
}

interface LocatedEntry {
	/** The table's word. */
	word: LocatedWord;
	/** The words people use for it. */
	synonyms: LocatedWord[];
}

const word = z.string().trim().min(1);
const vocabularyInput = z.strictObject({
	words: z.record(word, z.array(word).min(1)).default({}),
	ignore: z.array(word).default([]),
	minor: z.array(word).default([]),
});

const YAML_HINT =
	'Write "words:" as a mapping from words of the table to lists of words; check the indentation and quoting here.';
const SHAPE_HINT =
	'Give "words" as a mapping from a word of the table to a list of the words people use for it, and "ignore" and "minor" as lists of words.';

/**
 * Reads the search vocabulary: for each word of the error-code table, the everyday words,
 * English words and variant spellings that people search with instead, and the filler
 * words that say nothing about which code is meant. `tableTexts` are the descriptions and
 * fixes of the table: every word the vocabulary maps to must be found there.
 */
export function readVocabulary(
	source: string,
	file: string,
	tableTexts: readonly string[],
): VocabularyReading {
	const empty = { vocabulary: { words: [], ignore: [], minor: [] }, problems: [] };
	const lines = new LineCounter();
	const document = parseDocument(source, { lineCounter: lines, prettyErrors: false });
	if (document.errors.length > 0) {
		return {
			...empty,
			problems: document.errors.map((e) => yamlProblem(file, lines, e, YAML_HINT)),
		};
	}
	if (document.contents === null) return empty;

	const parsed = vocabularyInput.safeParse(document.toJS());
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => shapeProblem(file, lines, document, issue));
		return { ...empty, problems };
	}

	const entries = locateEntries(document, lines);
	const ignored = locateList(document.getIn(['ignore'], true), lines);
	const minor = locateList(document.getIn(['minor'], true), lines);
	const table = foldText(tableTexts.join('\n'));
	const problems = [
		...checkEntries(file, entries, table),
		...checkIgnored(file, ignored, entries, table),
		...checkMinor(file, minor, ignored),
	];
	const vocabulary = {
		words: entries.map((entry) => ({
			word: entry.word.word,
			synonyms: entry.synonyms.map((synonym) => synonym.word),
		})),
		ignore: ignored.map((item) => item.word),
		minor: minor.map((item) => item.word),
	};
	return { vocabulary, problems };
}

function locateEntries(document: Document, lines: LineCounter): LocatedEntry[] {
	const words = document.get('words', true);
	if (!isMap(words)) return [];
	return words.items.flatMap((pair) =>
		isScalar(pair.key) && pair.key.range
			? [
					{
						word: { word: String(pair.key.value).trim(), at: toPoint(lines, pair.key.range[0]) },
						synonyms: locateList(pair.value, lines),
					},
				]
			: [],
	);
}

function locateList(node: unknown, lines: LineCounter): LocatedWord[] {
	if (!isSeq(node)) return [];
	return node.items.flatMap((item: unknown) =>
		isScalar(item) && item.range
			? [{ word: String(item.value).trim(), at: toPoint(lines, item.range[0]) }]
			: [],
	);
}

function checkEntries(file: string, entries: readonly LocatedEntry[], table: string): Problem[] {
	const problems: Problem[] = [];
	for (const { word, synonyms } of entries) {
		if (!table.includes(foldText(word.word))) problems.push(notInTable(file, word));

		const seen = new Map<string, LocatedWord>();
		for (const synonym of synonyms) {
			const key = matchKey(synonym.word);
			const earlier = seen.get(key);
			if (key === matchKey(word.word)) problems.push(wordForItself(file, synonym));
			else if (earlier) problems.push(listedTwice(file, synonym, earlier, `for "${word.word}"`));
			else seen.set(key, synonym);
		}
	}
	return problems;
}

/**
 * Ignored words are compared as search compares them, by stem: ignoring `are` would also
 * ignore `AR`. An ignored word may be a Chinese filler that the table uses (的), but never
 * a Latin word of the table, or that word could not be searched at all.
 */
function checkIgnored(
	file: string,
	ignored: readonly LocatedWord[],
	entries: readonly LocatedEntry[],
	table: string,
): Problem[] {
	const searched = new Map<string, LocatedWord>();
	for (const { word, synonyms } of entries) {
		for (const item of [word, ...synonyms]) searched.set(matchKey(item.word), item);
	}
	const tableWords = new Map(
		units(table)
			.filter((unit) => !unit.han)
			.map((unit) => [unit.key, unit.text]),
	);

	const problems: Problem[] = [];
	const seen = new Map<string, LocatedWord>();
	for (const item of ignored) {
		const key = matchKey(item.word);
		const searchedAs = searched.get(key);
		const inTable = tableWords.get(key);
		const earlier = seen.get(key);
		if (searchedAs) problems.push(ignoredButSearched(file, item, searchedAs));
		else if (inTable !== undefined) problems.push(ignoredButInTable(file, item, inTable));
		else if (earlier) problems.push(listedTwice(file, item, earlier, 'in "ignore"'));
		else seen.set(key, item);
	}
	return problems;
}

function checkMinor(
	file: string,
	minor: readonly LocatedWord[],
	ignored: readonly LocatedWord[],
): Problem[] {
	const ignoredAt = new Map(ignored.map((item) => [matchKey(item.word), item]));
	const problems: Problem[] = [];
	const seen = new Map<string, LocatedWord>();
	for (const item of minor) {
		const key = matchKey(item.word);
		const alsoIgnored = ignoredAt.get(key);
		const earlier = seen.get(key);
		if (alsoIgnored) problems.push(minorButIgnored(file, item, alsoIgnored));
		else if (earlier) problems.push(listedTwice(file, item, earlier, 'in "minor"'));
		else seen.set(key, item);
	}
	return problems;
}

function minorButIgnored(file: string, item: LocatedWord, ignored: LocatedWord): Problem {
	return problemAt(
		file,
		item.at,
		`"${item.word}" is minor, but line ${ignored.at.line} ignores it.`,
		'Keep the word in one place: in "ignore" if it says nothing, in "minor" if it says little.',
	);
}

function notInTable(file: string, word: LocatedWord): Problem {
	return problemAt(
		file,
		word.at,
		`The word "${word.word}" is not in the error-code table.`,
		'Map words to a word or phrase exactly as a description or fix of the table writes it, or remove this entry.',
	);
}

function wordForItself(file: string, synonym: LocatedWord): Problem {
	return problemAt(
		file,
		synonym.at,
		`"${synonym.word}" is listed as a word for itself.`,
		'Remove it: search always finds the words of the table.',
	);
}

function listedTwice(
	file: string,
	item: LocatedWord,
	earlier: LocatedWord,
	where: string,
): Problem {
	return problemAt(
		file,
		item.at,
		`"${item.word}" is listed twice ${where}; it is listed first at line ${earlier.at.line}, column ${earlier.at.column}.`,
		'Delete one of them.',
	);
}

function ignoredButSearched(file: string, item: LocatedWord, searchedAs: LocatedWord): Problem {
	const as = matchKey(item.word) === matchKey(searchedAs.word) && item.word !== searchedAs.word;
	return problemAt(
		file,
		item.at,
		`"${item.word}" is ignored, but line ${searchedAs.at.line} makes ${as ? `"${searchedAs.word}", the same word to search,` : 'it'} a search word.`,
		'Keep the word in one place: remove it from "ignore", or from "words".',
	);
}

function ignoredButInTable(file: string, item: LocatedWord, tableWord: string): Problem {
	return problemAt(
		file,
		item.at,
		`"${item.word}" is ignored, but search reads it as "${tableWord}", a word of the error-code table.`,
		'Remove it from "ignore": search could not find the codes that say it.',
	);
}

function shapeProblem(
	file: string,
	lines: LineCounter,
	document: Document,
	issue: z.core.$ZodIssue,
): Problem {
	const path = issue.path.filter((key) => typeof key !== 'symbol');
	const value: unknown = document.getIn(path);
	// A list item that YAML read as something else than text, such as `null` or `404`.
	const notText = issue.code === 'invalid_type' && typeof path.at(-1) === 'number';
	const [message, hint] =
		issue.code === 'unrecognized_keys'
			? [
					`The vocabulary has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which it does not know.`,
					'Keep only "words", "ignore" and "minor" at the top of the file.',
				]
			: notText
				? [
						`This word is read as ${value === null ? 'null' : typeof value}, not as text.`,
						'Put the word in quotes, such as "null" or "404", so that YAML reads it as text.',
					]
				: [describeIssue(path, issue), SHAPE_HINT];
	return problemAt(file, pointOf(document, lines, path), message, hint);
}

function describeIssue(path: readonly PropertyKey[], issue: z.core.$ZodIssue): string {
	const [section, key, index] = path;
	if (issue.code === 'too_small' && section === 'words' && index === undefined) {
		return `The word "${String(key)}" has no words listed for it.`;
	}
	if (issue.code === 'too_small') return 'This word is empty.';
	if (issue.code === 'invalid_type' && section === 'words' && key !== undefined) {
		return `The word "${String(key)}" needs a list of words, such as [相机, camera].`;
	}
	return `${path.length === 0 ? 'The file' : path.map(String).join('.')}: ${issue.message}.`;
}
