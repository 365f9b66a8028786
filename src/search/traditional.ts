import { ConverterFactory, type DictLike } from 'opencc-js/core';
import * as locale from 'opencc-js/preset';

/**
 * Traditional to Simplified conversion for search, cut down to the site's own words.
 *
 * OpenCC's dictionaries are well over a megabyte, too much to send to a browser for a
 * search box. But a query can only match text the site holds, so the browser needs only
 * the entries whose Simplified side is made of characters the table and vocabulary use.
 * This derives those entries from OpenCC's own dictionaries at build time, in OpenCC's
 * dictionary form, for `opencc-js/core` to apply in the browser.
 */

/**
 * Regional forms first: Taiwan and Hong Kong variants and Taiwan phrases to OpenCC's
 * standard Traditional. Then standard Traditional to Simplified (mainland).
 */
const REGIONAL: readonly DictLike[] = [
	...(locale.from['twp'] ?? []).flat(),
	...(locale.from['hk'] ?? []).flat(),
];
const TO_SIMPLIFIED: readonly DictLike[] = (locale.to['cn'] ?? []).flat();

const HAN = /\p{Script=Han}/gu;

/**
 * The two dictionaries, applied in this order, that turn Traditional writing of the words
 * in `corpus` into the Simplified forms that `corpus` holds. Simplified text of the corpus
 * passes through unchanged.
 */
export function traditionalDictionaries(corpus: readonly string[]): [string, string] {
	const text = corpus.join('\n');
	const characters = new Set(text.match(HAN) ?? []);
	const toSimplified = ConverterFactory([...TO_SIMPLIFIED]);
	const charactersOnly = ConverterFactory([charactersOf(TO_SIMPLIFIED)]);

	const keep = (source: string, target: string): boolean =>
		!text.includes(source) &&
		Array.from(target).every((character) => characters.has(character)) &&
		// A phrase earns its place only where character by character would go wrong.
		(isCharacter(source) || (text.includes(target) && charactersOnly(source) !== target));

	const regional = entriesOf(REGIONAL).filter(
		([source, target]) => source !== target && keep(source, toSimplified(target)),
	);
	const simplified = entriesOf(TO_SIMPLIFIED).filter(([source, target]) => keep(source, target));
	return [format(regional), format(simplified)];
}

function entriesOf(dictionaries: readonly DictLike[]): [string, string][] {
	const entries = new Map<string, string>();
	// Earlier dictionaries win, as in OpenCC, where phrases come before characters.
	for (const dictionary of dictionaries) {
		for (const [source, target] of pairs(dictionary)) {
			if (!entries.has(source)) entries.set(source, target);
		}
	}
	return [...entries];
}

function charactersOf(dictionaries: readonly DictLike[]): [string, string][] {
	return entriesOf(dictionaries).filter(([source]) => isCharacter(source));
}

/** OpenCC's dictionaries hold characters outside the Basic Multilingual Plane too. */
function isCharacter(text: string): boolean {
	return Array.from(text).length === 1;
}

function pairs(dictionary: DictLike): [string, string][] {
	if (typeof dictionary !== 'string') return dictionary.map(([source, target]) => [source, target]);
	return dictionary.split('|').flatMap((line) => {
		const [source, target] = line.split(' ');
		return source && target ? [[source, target] as [string, string]] : [];
	});
}

function format(entries: readonly [string, string][]): string {
	return entries.map(([source, target]) => `${source} ${target}`).join('|');
}
