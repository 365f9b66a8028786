import { z } from 'astro/zod';

/** A block: a run of numbers inside a range, shown as one section of the range's page. */
export const blockSchema = z.object({
	/** `first-last`, also the section's anchor on the range page. */
	id: z.string(),
	first: z.number().int().nonnegative(),
	last: z.number().int().nonnegative(),
	title: z.string(),
	summary: z.string(),
});

/** A range: a run of numbers with a page of its own, divided into blocks. */
export const rangeSchema = blockSchema.extend({
	/** The range's number pattern, such as `6xxxxxx`; also its URL segment. */
	id: z.string(),
	blocks: z.array(blockSchema),
});

/** One row of the error-code table, placed in its range and block. */
export const codeEntrySchema = z.object({
	code: z.number().int().nonnegative(),
	description: z.string(),
	descriptionHtml: z.string(),
	/** `null` when the table says `-`: there is nothing to do. */
	fix: z.string().nullable(),
	fixHtml: z.string().nullable(),
	range: z.string(),
	block: z.string(),
});

export type Block = z.infer<typeof blockSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type CodeEntry = z.infer<typeof codeEntrySchema>;

/**
 * The search vocabulary: for each word of the table, the words people search with
 * instead; the filler words that say nothing about which code is meant; and the minor
 * words, such as 错误 or failed, that say little.
 */
export const vocabularySchema = z.object({
	words: z.array(z.object({ word: z.string(), synonyms: z.array(z.string()) })),
	ignore: z.array(z.string()),
	minor: z.array(z.string()),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
