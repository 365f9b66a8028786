/** A run of an excerpt's text, marked when it is a word that matched the query. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/**
 * The excerpt in parts, with every occurrence of the words found marked, whether the
 * query held the word itself or a word that stands for it. `words` are folded (lower case).
 */
export function markWords(excerpt: string, words: readonly string[]): ExcerptPart[] {
	const folded = excerpt.toLowerCase();
	const marked = new Array<boolean>(excerpt.length).fill(false);
	for (const word of words.filter((w) => w !== '')) {
		for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
			marked.fill(true, at, at + word.length);
		}
	}

	const parts: ExcerptPart[] = [];
	for (let index = 0; index < excerpt.length; index++) {
		const last = parts.at(-1);
		const isMarked = marked[index] ?? false;
		if (last?.marked === isMarked) last.text += excerpt.charAt(index);
		else parts.push({ text: excerpt.charAt(index), marked: isMarked });
	}
	return parts;
}

/** What a result shows under its title: a passage of the code's text, with the words found marked. */
export interface Excerpt {
	/** Says what the passage is, when it is one part of the text: `处理建议：`. */
	label?: string;
	parts: ExcerptPart[];
}

/**
 * The excerpt of a code whose search record is its description followed by its fix. A
 * result's title already shows the description, so a passage that begins with the whole of
 * it shows only the fix, labelled; a passage from within a long description is kept as it
 * is. Nothing is left when the passage holds the description alone.
 */
export function excerptOf(
	description: string,
	passage: string,
	words: readonly string[],
): Excerpt | undefined {
	if (description === '' || !passage.startsWith(description)) {
		return { parts: markWords(passage, words) };
	}
	const fix = passage.slice(description.length).trim();
	return fix === '' ? undefined : { label: '处理建议：', parts: markWords(fix, words) };
}
