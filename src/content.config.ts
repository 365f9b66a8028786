import { defineCollection } from 'astro:content';
import { errorCodesLoader, rangesLoader, vocabularyLoader } from './content-reader/loaders';
import { codeEntrySchema, rangeSchema, vocabularySchema } from './content-reader/schemas';

/**
 * The folder that holds the table, the ranges and the search vocabulary. CONTENT_DIR
 * points a build at another copy of them, such as a test fixture or a generated table for
 * benchmarks.
 */
const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const files = { table: `${contentDir}/error-codes.md`, ranges: `${contentDir}/ranges.yaml` };
const vocabulary = `${contentDir}/vocabulary.yaml`;

export const collections = {
	codes: defineCollection({ loader: errorCodesLoader(files), schema: codeEntrySchema }),
	ranges: defineCollection({ loader: rangesLoader(files.ranges), schema: rangeSchema }),
	vocabulary: defineCollection({
		loader: vocabularyLoader({ table: files.table, vocabulary }),
		schema: vocabularySchema,
	}),
};
