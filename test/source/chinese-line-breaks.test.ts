import { glob, readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';

/** Chinese characters and the full-width punctuation that goes with them. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/u;

/**
 * A line break inside a run of Chinese text becomes a space on the page: HTML folds it
 * into one, and Chinese puts no spaces between words. Chinese prose in templates and
 * MDX therefore stays on one line, however long.
 */
it('never breaks a line between two Chinese characters in a template or MDX file', async () => {
	const breaks: string[] = [];
	let files = 0;
	for await (const file of glob(['src/**/*.astro', 'content/**/*.mdx'])) {
		files++;
		const lines = (await readFile(file, 'utf8')).split('\n');
		for (const [index, line] of lines.entries()) {
			const next = lines[index + 1]?.trimStart() ?? '';
			if (CHINESE.test(line.trimEnd().slice(-1)) && CHINESE.test(next.slice(0, 1))) {
				breaks.push(`${file}:${index + 1}`);
			}
		}
	}

	expect(breaks).toEqual([]);
	expect(files).toBeGreaterThan(10);
});
