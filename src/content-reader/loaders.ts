import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, formatProblem } from './problems';
import {
	readRangesFile,
	readReference,
	readVocabularyFile,
	type ContentFiles,
} from './read-content';

/** The error-code table, one entry per code, each placed in its range and block. */
export function errorCodesLoader(files: ContentFiles): Loader {
	return watchedLoader('error-codes', [files.table, files.ranges], async (context, root) => {
		const { codes, ranges, warnings } = await readReference(root, files);
		for (const warning of warnings) context.logger.warn(formatProblem(warning));
		const blockCount = ranges.reduce((sum, range) => sum + range.blocks.length, 0);

		context.store.clear();
		for (const entry of codes) {
			const id = String(entry.code);
			context.store.set({ id, data: await context.parseData({ id, data: entry }) });
		}
		context.logger.info(
			`Read ${codes.length} codes from ${files.table}, in ${ranges.length} ranges and ${blockCount} blocks.`,
		);
	});
}

/** The ranges and their blocks: the editorial frame the codes are shown in. */
export function rangesLoader(file: string): Loader {
	return watchedLoader('error-ranges', [file], async (context, root) => {
		const ranges = await readRangesFile(root, file);

		context.store.clear();
		for (const range of ranges) {
			context.store.set({
				id: range.id,
				data: await context.parseData({ id: range.id, data: range }),
			});
		}
	});
}

/**
 * The search vocabulary, as one entry. A content folder without a vocabulary file, such
 * as a test fixture, builds a site whose search knows only the table's own words.
 */
export function vocabularyLoader(files: { table: string; vocabulary: string }): Loader {
	return watchedLoader(
		'search-vocabulary',
		[files.table, files.vocabulary],
		async (context, root) => {
			const present = existsSync(path.resolve(root, files.vocabulary));
			const vocabulary = present
				? await readVocabularyFile(root, files)
				: { words: [], ignore: [], minor: [] };

			context.store.clear();
			const id = 'vocabulary';
			context.store.set({ id, data: await context.parseData({ id, data: vocabulary }) });
			const synonyms = vocabulary.words.reduce((sum, entry) => sum + entry.synonyms.length, 0);
			context.logger.info(
				present
					? `Read ${synonyms} search words for ${vocabulary.words.length} words of the table, ${vocabulary.ignore.length} ignored and ${vocabulary.minor.length} minor words, from ${files.vocabulary}.`
					: `No ${files.vocabulary}: search finds the table's own words only.`,
			);
		},
	);
}

/**
 * A loader that reads its files once, and again whenever one of them is saved in
 * `astro dev`. A build stops at the first broken read; the dev server instead logs the
 * problems and keeps the last good content, so a half-typed row does not take it down.
 */
function watchedLoader(
	name: string,
	files: readonly string[],
	read: (context: LoaderContext, root: string) => Promise<void>,
): Loader {
	const reread = async (context: LoaderContext, root: string): Promise<void> => {
		try {
			await read(context, root);
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			context.logger.error(error.message);
		}
	};

	return {
		name,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			await read(context, root);

			const watched = new Set(files.map((file) => path.resolve(root, file)));
			context.watcher?.add([...watched]);
			context.watcher?.on('change', (changed) => {
				if (watched.has(path.resolve(changed))) void reread(context, root);
			});
		},
	} satisfies Loader;
}
