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
