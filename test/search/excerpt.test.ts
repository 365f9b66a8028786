import { describe, expect, it } from 'vitest';
import { markWords } from '../../src/search/excerpt';

describe('markWords', () => {
	it('marks every occurrence of the words found, in any case', () => {
		expect(markWords('License 已过期。 请重新生成 License。', ['license', '过期'])).toEqual([
			{ text: 'License', marked: true },
			{ text: ' 已', marked: false },
			{ text: '过期', marked: true },
			{ text: '。 请重新生成 ', marked: false },
			{ text: 'License', marked: true },
			{ text: '。', marked: false },
		]);
	});

	it('joins words found next to each other into one mark', () => {
		expect(markWords('摄像头打开失败。', ['摄像头', '打开失败'])).toEqual([
			{ text: '摄像头打开失败', marked: true },
			{ text: '。', marked: false },
		]);
	});
});
