import { describe, expect, it } from 'vitest';
import { SYNONYM_WEIGHT, rankCodes, type Candidate } from '../../src/search/rank';
import type { QueryPlan, QueryWord } from '../../src/search/query-plan';

function word(text: string, literal: string[], synonyms: string[], weight = 1): QueryWord {
	return { text, literal, synonyms, weight };
}

function candidate(code: number, content: string, scores: Record<string, number>): Candidate {
	return { code, content, scores: new Map(Object.entries(scores)) };
}

describe('rankCodes', () => {
	it('keeps an exact description match first when synonyms match other codes', () => {
		// 证书 stands for License too, so License codes match 证书无效 through a synonym.
		const plan: QueryPlan = {
			text: '证书无效',
			words: [word('证书', ['证书'], ['license']), word('无效', ['无效'], [])],
		};
		const ranked = rankCodes(plan, [
			candidate(5000001, 'license 格式无效。 请确认 license 是否正确。', { license: 9, 无效: 8 }),
			candidate(5000002, 'license 已过期。 请重新生成 license。', { license: 9 }),
			candidate(5000103, '证书无效。 appid 或者包名不正确。', { 证书: 3, 无效: 4, 证书无效: 6 }),
		]);

		expect(ranked.map((code) => code.code)).toEqual([5000103, 5000001, 5000002]);
		expect(ranked.map((code) => code.coverage)).toEqual([2, 1 + SYNONYM_WEIGHT, SYNONYM_WEIGHT]);
	});

	it('ranks a code holding more words of the query above one holding fewer as typed', () => {
		const plan: QueryPlan = {
			text: '相机打不开',
			words: [word('相机', ['相机'], ['摄像头']), word('打不开', ['打不开'], ['打开失败'])],
		};
		const ranked = rankCodes(plan, [
			candidate(6000101, '没有权限打开摄像头。 请授权。', { 摄像头: 17 }),
			candidate(6000100, '摄像头打开失败。 请重试。', { 摄像头: 16, 打开失败: 20 }),
		]);

		expect(ranked.map((code) => code.code)).toEqual([6000100, 6000101]);
		expect(ranked[0]?.found).toEqual(['摄像头', '打开失败']);
	});

	it('breaks ties between codes that match equally well in numeric order', () => {
		const plan: QueryPlan = {
			text: '请授权',
			words: [word('请授权', ['请授权'], [])],
		};
		const ranked = rankCodes(plan, [
			candidate(6000102, '没有权限打开麦克风。 请授权。', { 请授权: 5 }),
			candidate(6000101, '没有权限打开摄像头。 请授权。', { 请授权: 5 }),
			candidate(600010, '请授权。', { 请授权: 5 }),
		]);

		expect(ranked.map((code) => code.code)).toEqual([600010, 6000101, 6000102]);
	});

	it('ranks a code holding the whole query as one phrase above codes holding its words apart', () => {
		const plan: QueryPlan = {
			text: '请授权',
			words: [word('请', ['请'], []), word('授权', ['授权'], [])],
		};
		const ranked = rankCodes(plan, [
			candidate(5000004, 'license 不包含当前平台的授权。 请联系 zego 技术支持确认。', { 授权: 9 }),
			candidate(6000101, '没有权限打开摄像头。 请授权。', { 授权: 6 }),
		]);

		expect(ranked.map((code) => code.code)).toEqual([6000101, 5000004]);
	});

	it('counts a minor word less, so that a specific word found through a synonym wins', () => {
		// 服务器 stands for 服务内部问题; 出错 is in the table, but says little.
		const plan: QueryPlan = {
			text: '服务器出错',
			words: [word('服务器', ['服务器'], ['服务内部问题']), word('出错', ['出错'], [], 0.5)],
		};
		const ranked = rankCodes(plan, [
			candidate(6000006, '录制时硬件配置出错。 请更换设备重试。', { 出错: 9 }),
			candidate(5000104, '服务内部问题。 请联系 zego 技术支持处理。', { 服务内部问题: 7 }),
		]);

		expect(ranked.map((code) => [code.code, code.coverage])).toEqual([
			[5000104, SYNONYM_WEIGHT],
			[6000006, 0.5],
		]);
	});

	it('orders codes that hold the same words by full-text relevance for the whole query', () => {
		const plan: QueryPlan = {
			text: 'appsign',
			words: [word('appsign', ['appsign'], [])],
		};
		const ranked = rankCodes(plan, [
			candidate(5000101, '参数有误。 请检查 appid 或 appsign 是否为空。', { appsign: 4.3 }),
			candidate(5000102, 'token（appsign）有误。', { appsign: 9.3 }),
		]);

		expect(ranked.map((code) => code.code)).toEqual([5000102, 5000101]);
	});

	it('leaves out a code that full-text search returned but that holds no word of the query', () => {
		const plan: QueryPlan = {
			text: '打不开',
			words: [word('打不开', ['打不开'], [])],
		};
		expect(rankCodes(plan, [candidate(6000101, '没有权限打开摄像头。', { 打不开: 3 })])).toEqual(
			[],
		);
	});

	it('counts a Latin word found only inside a longer word as a synonym, not as the word', () => {
		// `app` is in `appid`, but 5000005 holds 应用, the word that `app` stands for.
		const plan: QueryPlan = {
			text: 'license 和 app 对不上',
			words: [
				word('license', ['license'], []),
				word('app', ['app'], ['应用']),
				word('对不上', ['对不上'], ['不匹配']),
			],
		};
		const ranked = rankCodes(plan, [
			candidate(5000103, '证书无效。 appid 或者包名不正确、或不匹配。', { app: 4, 不匹配: 5 }),
			candidate(5000005, '当前应用不支持该 license。', { license: 6, 应用: 5 }),
		]);

		expect(ranked.map((code) => code.code)).toEqual([5000005, 5000103]);
		expect(ranked.map((code) => code.coverage)).toEqual([
			1 + SYNONYM_WEIGHT,
			SYNONYM_WEIGHT + SYNONYM_WEIGHT,
		]);
	});

	it('counts a Latin word next to Chinese characters or punctuation as the word itself', () => {
		const plan: QueryPlan = { text: 'view', words: [word('view', ['view'], [])] };
		const ranked = rankCodes(plan, [
			candidate(6000004, '录制宽度大于 avatarview 的宽度。', { view: 5 }),
			candidate(6000401, '使用被销毁的view。', { view: 5 }),
		]);

		expect(ranked.map((code) => [code.code, code.coverage])).toEqual([
			[6000401, 1],
			[6000004, SYNONYM_WEIGHT],
		]);
	});
});
