import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../src/content-reader/problems';
import { readVocabularyFile } from '../../src/content-reader/read-content';
import { readErrorTable } from '../../src/content-reader/table';
import { readVocabulary } from '../../src/content-reader/vocabulary';

const FILE = 'content/vocabulary.yaml';
const TABLE = ['摄像头打开失败。', 'License 已过期。', '请授权。'];

function problemsOf(source: string): string[] {
	return readVocabulary(source, FILE, TABLE).problems.map(formatProblem);
}

describe('readVocabulary on the editorial vocabulary', () => {
	it('maps words of every block of the table, and every word it maps to is in the table', async () => {
		const table = readErrorTable(await readFile('content/error-codes.md', 'utf8'), 'table');
		const texts = table.rows.flatMap((row) => [row.description, row.fix ?? '']);
		const { vocabulary, problems } = readVocabulary(await readFile(FILE, 'utf8'), FILE, texts);

		expect(problems).toEqual([]);
		const tableWords = vocabulary.words.map((entry) => entry.word);
		for (const word of ['摄像头', '麦克风', '权限', '录制', 'License', '鉴权', '路径', '文件']) {
			expect(tableWords).toContain(word);
		}
		for (const word of ['模型', 'view', '上下文', '推流', 'AR', '内存', '网络', '未知错误']) {
			expect(tableWords).toContain(word);
		}
		const synonymsOf = (word: string): string[] =>
			vocabulary.words.find((entry) => entry.word === word)?.synonyms ?? [];
		expect(synonymsOf('摄像头')).toContain('相机');
		expect(synonymsOf('录制')).toContain('录屏');
		expect(synonymsOf('麦克风')).toContain('话筒');
		expect(synonymsOf('过期')).toContain('expire');
	});

	it('reads the words as written, and the ignored words', () => {
		const { vocabulary, problems } = readVocabulary(
			'words:\n  摄像头: [相机, camera]\n  过期: [expired]\nignore: [的, 怎么办]\n',
			FILE,
			TABLE,
		);
		expect(problems).toEqual([]);
		expect(vocabulary).toEqual({
			words: [
				{ word: '摄像头', synonyms: ['相机', 'camera'] },
				{ word: '过期', synonyms: ['expired'] },
			],
			ignore: ['的', '怎么办'],
			minor: [],
		});
	});

	it('reads an empty file as no words', () => {
		expect(readVocabulary('', FILE, TABLE)).toEqual({
			vocabulary: { words: [], ignore: [], minor: [] },
			problems: [],
		});
	});
});

describe('readVocabulary reports', () => {
	it('a word that the table does not have, at the word', () => {
		expect(problemsOf('words:\n  摄像头: [相机]\n  麦克风: [话筒]\n')).toEqual([
			'content/vocabulary.yaml:3:3 The word "麦克风" is not in the error-code table.\n' +
				'  Fix: Map words to a word or phrase exactly as a description or fix of the table writes it, or remove this entry.',
		]);
	});

	it('a word listed twice for the same word of the table, in any case', () => {
		expect(problemsOf('words:\n  摄像头:\n    - 相机\n    - Camera\n    - camera\n')).toEqual([
			'content/vocabulary.yaml:5:7 "camera" is listed twice for "摄像头"; it is listed first at line 4, column 7.\n' +
				'  Fix: Delete one of them.',
		]);
	});

	it('a word listed as a word for itself, in any case', () => {
		expect(problemsOf('words:\n  license: [License]\n')).toEqual([
			'content/vocabulary.yaml:2:13 "License" is listed as a word for itself.\n' +
				'  Fix: Remove it: search always finds the words of the table.',
		]);
	});

	it('an ignored word that is also a search word, and one ignored twice', () => {
		expect(problemsOf('words:\n  摄像头: [相机]\nignore: [的, 相机, 的]\n')).toEqual([
			'content/vocabulary.yaml:3:13 "相机" is ignored, but line 2 makes it a search word.\n' +
				'  Fix: Keep the word in one place: remove it from "ignore", or from "words".',
			'content/vocabulary.yaml:3:17 "的" is listed twice in "ignore"; it is listed first at line 3, column 10.\n' +
				'  Fix: Delete one of them.',
		]);
	});

	it('words that search reads as one: two forms of a word, and a filler that stems like a word of the table', () => {
		const table = ['使用 AR 驱动时，License 不包含授权。'];
		const source =
			'words:\n  驱动: [driver, drivers]\n  AR: [arkit]\nignore: [are, licensing, 的]\n';
		expect(readVocabulary(source, FILE, table).problems.map(formatProblem)).toEqual([
			'content/vocabulary.yaml:2:16 "drivers" is listed twice for "驱动"; it is listed first at line 2, column 8.\n' +
				'  Fix: Delete one of them.',
			'content/vocabulary.yaml:4:10 "are" is ignored, but line 3 makes "AR", the same word to search, a search word.\n' +
				'  Fix: Keep the word in one place: remove it from "ignore", or from "words".',
			'content/vocabulary.yaml:4:15 "licensing" is ignored, but search reads it as "license", a word of the error-code table.\n' +
				'  Fix: Remove it from "ignore": search could not find the codes that say it.',
		]);
	});

	it('a minor word that is also ignored', () => {
		expect(problemsOf('ignore: [的]\nminor: [错误, 的]\n')).toEqual([
			'content/vocabulary.yaml:2:13 "的" is minor, but line 1 ignores it.\n' +
				'  Fix: Keep the word in one place: in "ignore" if it says nothing, in "minor" if it says little.',
		]);
	});

	it('a word of the table with no words, and one with a word instead of a list', () => {
		expect(problemsOf('words:\n  摄像头: []\n  过期: 到期\n')).toEqual([
			'content/vocabulary.yaml:2:8 The word "摄像头" has no words listed for it.\n' +
				'  Fix: Give "words" as a mapping from a word of the table to a list of the words people use for it, and "ignore" and "minor" as lists of words.',
			'content/vocabulary.yaml:3:7 The word "过期" needs a list of words, such as [相机, camera].\n' +
				'  Fix: Give "words" as a mapping from a word of the table to a list of the words people use for it, and "ignore" and "minor" as lists of words.',
		]);
	});

	it('a word that YAML reads as something else than text, and an empty word', () => {
		expect(problemsOf('words:\n  摄像头: [null, 404, ""]\n')).toEqual([
			'content/vocabulary.yaml:2:9 This word is read as null, not as text.\n' +
				'  Fix: Put the word in quotes, such as "null" or "404", so that YAML reads it as text.',
			'content/vocabulary.yaml:2:15 This word is read as number, not as text.\n' +
				'  Fix: Put the word in quotes, such as "null" or "404", so that YAML reads it as text.',
			'content/vocabulary.yaml:2:20 This word is empty.\n' +
				'  Fix: Give "words" as a mapping from a word of the table to a list of the words people use for it, and "ignore" and "minor" as lists of words.',
		]);
	});

	it('a section it does not know', () => {
		expect(problemsOf('word:\n  摄像头: [相机]\n')).toEqual([
			'content/vocabulary.yaml:1:1 The vocabulary has "word", which it does not know.\n' +
				'  Fix: Keep only "words", "ignore" and "minor" at the top of the file.',
		]);
	});

	it('YAML that does not parse', () => {
		const problems = problemsOf('words:\n  摄像头: [相机\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/vocabulary\.yaml:\d+:\d+ This is not valid YAML: /);
	});
});

describe('readVocabularyFile', () => {
	it('stops on a problem with a ContentError that names file, line and column', async () => {
		const files = {
			table: 'content/error-codes.md',
			vocabulary: 'test/fixtures/vocabulary/unknown-word.yaml',
		};
		const reading = readVocabularyFile(process.cwd(), files);

		await expect(reading).rejects.toBeInstanceOf(ContentError);
		await expect(reading).rejects.toThrow(
			'test/fixtures/vocabulary/unknown-word.yaml:4:3 The word "人脸识别" is not in the error-code table.',
		);
	});
});
