import { readFile } from 'node:fs/promises';
import { ConverterFactory } from 'opencc-js/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { traditionalDictionaries } from '../../src/search/traditional';

let corpus: string[];
let toSimplified: (text: string) => string;

beforeAll(async () => {
	corpus = [await readFile('content/error-codes.md', 'utf8'), '相机 打不开 话筒 记忆体 怎么办'];
	const dictionaries = traditionalDictionaries(corpus);
	toSimplified = ConverterFactory(...dictionaries.map((dictionary) => [dictionary]));
});

describe('traditionalDictionaries', () => {
	it('turns Traditional writing of the words of the table into the table’s Simplified', () => {
		expect(toSimplified('攝像頭')).toBe('摄像头');
		expect(toSimplified('錄製寬度')).toBe('录制宽度');
		expect(toSimplified('沒有權限打開麥克風')).toBe('没有权限打开麦克风');
		expect(toSimplified('模型資源路徑錯誤')).toBe('模型资源路径错误');
		expect(toSimplified('鑑權')).toBe('鉴权');
		expect(toSimplified('鑒權')).toBe('鉴权');
	});

	it('takes both variants of a character, such as 內 and 内', () => {
		expect(toSimplified('內存不足')).toBe('内存不足');
	});

	it('turns Taiwanese words into the mainland words of the table', () => {
		expect(toSimplified('記憶體不足')).toBe('内存不足');
		expect(toSimplified('網路錯誤')).toBe('网络错误');
		expect(toSimplified('檔案不存在')).toBe('文件不存在');
		expect(toSimplified('許可權')).toBe('权限');
	});

	it('converts the words of the vocabulary too', () => {
		expect(toSimplified('相機打不開怎麼辦')).toBe('相机打不开怎么办');
		expect(toSimplified('話筒')).toBe('话筒');
	});

	it('leaves the Simplified text of the site as it is', () => {
		for (const text of corpus) expect(toSimplified(text)).toBe(text);
	});

	it('holds only entries that lead to characters of the site', () => {
		const [, simplified] = traditionalDictionaries(['摄像头']);
		expect(simplified.split('|').sort()).toEqual(['攝 摄', '頭 头']);
	});
});
