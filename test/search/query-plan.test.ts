import { describe, expect, it } from 'vitest';
import { MINOR_WEIGHT, buildDictionary, foldQuery, planQuery } from '../../src/search/query-plan';

const dictionary = buildDictionary({
	words: [
		['摄像头', '相机', 'camera'],
		['打开失败', '打不开'],
		['权限', 'permission'],
		['失败', "can't", 'not working'],
		['license', '许可证'],
		['ai 捏脸', '智能捏脸'],
		['内存不足', 'out of memory'],
	],
	ignore: ['怎么办', 'the'],
	minor: ['错误', 'failed'],
});

function plan(query: string): [string, string[], string[]][] {
	return planQuery(
		foldQuery(query, (text) => text),
		dictionary,
	).words.map((word) => [word.text, word.literal, word.synonyms]);
}

describe('planQuery', () => {
	it('reads the longest words the vocabulary knows, and what they stand for', () => {
		expect(plan('相机打不开')).toEqual([
			['相机', ['相机'], ['摄像头']],
			['打不开', ['打不开'], ['打开失败']],
		]);
	});

	it('keeps a word of the table as it is', () => {
		expect(plan('摄像头打开失败')).toEqual([
			['摄像头', ['摄像头'], []],
			['打开失败', ['打开失败'], []],
		]);
	});

	it('splits the Chinese it does not know into words, and leaves out ignored words', () => {
		const words = plan('录制宽度怎么办');
		expect(words.map(([text]) => text).join('')).toBe('录制宽度');
		expect(
			words.every(([text, literal, synonyms]) => literal[0] === text && synonyms.length === 0),
		).toBe(true);
	});

	it('reads Latin and Chinese written together as separate words', () => {
		expect(plan('License过期')).toEqual([
			['license', ['license'], []],
			['过期', ['过期'], []],
		]);
	});

	it('compares English words by their stem, and reads phrases of several words', () => {
		expect(plan('Cameras permissions')).toEqual([
			['cameras', ['cameras'], ['摄像头']],
			['permissions', ['permissions'], ['权限']],
		]);
		expect(plan('the Licenses')).toEqual([['licenses', ['license'], []]]);
		expect(plan('OUT OF MEMORY')).toEqual([['out of memory', ['out of memory'], ['内存不足']]]);
	});

	it('reads a word with its apostrophe, plain or typographic', () => {
		expect(plan('Can’t')).toEqual([["can't", ["can't"], ['失败']]]);
		expect(plan("camera isn't working")).toEqual([
			['camera', ['camera'], ['摄像头']],
			["isn't", ["isn't"], []],
			['working', ['working'], []],
		]);
	});

	it('reads full-width letters, and words with or without the spaces of the table', () => {
		expect(plan('ＡＩ捏脸')).toEqual([['ai捏脸', ['ai 捏脸'], []]]);
		expect(plan('相 机')).toEqual([['相 机', ['相 机'], ['摄像头']]]);
	});

	it('weighs minor words and single unknown characters at half', () => {
		const weights = planQuery(
			foldQuery('相机 错误 failed 没', (text) => text),
			dictionary,
		).words.map((word) => [word.text, word.weight]);
		expect(weights).toEqual([
			['相机', 1],
			['错误', MINOR_WEIGHT],
			['failed', MINOR_WEIGHT],
			['没', MINOR_WEIGHT],
		]);
	});

	it('counts a word typed twice once', () => {
		expect(plan('相机 相机')).toEqual([['相机', ['相机'], ['摄像头']]]);
	});

	it('has no words for a query of ignored words only', () => {
		expect(plan('怎么办')).toEqual([]);
	});
});
