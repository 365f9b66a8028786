import type { CodeEntry, Vocabulary } from '../content-reader/schemas';
import { foldText } from './fold-text';
import type { SearchWords } from './query-plan';
import { traditionalDictionaries } from './traditional';

/**
 * What the browser needs to read a query in words, built from the vocabulary and the
 * table: the vocabulary folded as queries are, and Traditional-to-Simplified dictionaries
 * cut down to the characters of the table and the vocabulary.
 */
export function buildSearchWords(
	codes: readonly CodeEntry[],
	vocabulary: Vocabulary | undefined,
): SearchWords {
	const words = (vocabulary?.words ?? []).map(({ word, synonyms }) =>
		[word, ...synonyms].map(foldText),
	);
	const ignore = (vocabulary?.ignore ?? []).map(foldText);
	const minor = (vocabulary?.minor ?? []).map(foldText);
	const corpus = [
		...codes.flatMap((code) => [code.description, code.fix ?? '']).map(foldText),
		...words.flat(),
		...ignore,
	];
	return { words, ignore, minor, traditional: traditionalDictionaries(corpus) };
}
