import { describe, expect, it } from 'vitest';
import { excerptOf, markWords } from '../../src/search/excerpt';

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

describe('excerptOf', () => {
	it('shows the fix alone, labelled, when the passage begins with the description', () => {
		expect(
			excerptOf('没有权限打开摄像头。', '没有权限打开摄像头。 请授权。', ['摄像头', '授权']),
		).toEqual({
			label: '处理建议：',
			parts: [
				{ text: '请', marked: false },
				{ text: '授权', marked: true },
				{ text: '。', marked: false },
			],
		});
	});

	it('keeps a passage from within a long description whole', () => {
		expect(
			excerptOf('使用 AR 驱动时，SDK 没有收到摄像头数据。', 'SDK 没有收到摄像头数据。', ['摄像头']),
		).toEqual({
			parts: [
				{ text: 'SDK 没有收到', marked: false },
				{ text: '摄像头', marked: true },
				{ text: '数据。', marked: false },
			],
		});
	});

	it('leaves nothing when the passage is the description alone', () => {
		expect(excerptOf('执行成功。', '执行成功。', ['成功'])).toBeUndefined();
	});
});
