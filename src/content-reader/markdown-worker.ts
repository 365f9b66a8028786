/**
 * The worker that `parseMarkdownLean` starts for a long text: it parses the Markdown it is given and
 * posts the tree back. Node loads this file directly, so its imports name `.ts` files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseMarkdown } from './markdown.ts';

parentPort?.postMessage(parseMarkdown(workerData as string));
