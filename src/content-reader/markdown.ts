import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { Worker } from 'node:worker_threads';

const parser = unified().use(remarkParse).use(remarkGfm);

/** GFM Markdown as an mdast tree, every node with its position in the text. */
export function parseMarkdown(text: string): Root {
	return parser.parse(text);
}

/**
 * Below this many characters (some 2,500 codes) the parser's memory is small, and a worker
 * would cost more to start, about 0.2 s, than it saves.
 */
const WORKER_FROM = 128 * 1024;

/**
 * Parses as `parseMarkdown` does, leaving as little memory reserved behind it as it can:
 * a long text is parsed on a worker thread. The parser holds about 600 bytes of memory
 * per character while it works, some 300 MB for a table of 10,000 codes; on the build's
 * own thread that memory would stay reserved for the rest of the build and add to the
 * peak when the search index is written. A worker's memory goes when the worker ends.
 * Its young generation is kept small: the parser's objects live until the tree is done,
 * so a larger one would only add to the peak without saving collections.
 */
export async function parseMarkdownLean(text: string): Promise<Root> {
	if (text.length < WORKER_FROM) return parseMarkdown(text);

	// Node runs the worker file itself, not the bundler, hence the `.ts` file name.
	const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), {
		workerData: text,
		resourceLimits: { maxYoungGenerationSizeMb: 16 },
	});
	try {
		return await new Promise<Root>((resolve, reject) => {
			worker.once('message', resolve);
			worker.once('error', reject);
		});
	} finally {
		await worker.terminate();
	}
}
