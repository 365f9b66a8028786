import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query';

describe('parseQuery', () => {
	it.each([
		['5000205', '5000205'],
		['５０００２０５', '5000205'],
		['错误码：6000101', '6000101'],
		['Error code: 6000101', '6000101'],
		['errorCode=6000101', '6000101'],
		['-7000003', '7000003'],
		[' 5000205 ', '5000205'],
		['(6000101)', '6000101'],
		['6 000 101', '6000101'],
		['6,000,101', '6000101'],
		['06000101', '6000101'],
		['0', '0'],
		['50002', '50002'],
	])('reads %j as the code %s', (query, code) => {
		expect(parseQuery(query).code).toBe(code);
	});

	it.each(['摄像头 6000101', '6000101 6000102', 'License', '6000101 License'])(
		'reads %j as words, not as one code',
		(query) => {
			expect(parseQuery(query).code).toBeUndefined();
		},
	);

	it('keeps the numbers written as codes, for codes pasted among words', () => {
		expect(parseQuery('onError 6000101, 6000102 摄像头').numbers).toEqual(['6000101', '6000102']);
		expect(parseQuery('6 000 101 摄像头').numbers).toEqual(['6', '101']);
		expect(parseQuery('错误码6000101 摄像头').numbers).toEqual(['6000101']);
		expect(parseQuery('第 007 号').numbers).toEqual([]);
		expect(parseQuery('0x5B9A75 摄像头').numbers).toEqual([]);
	});

	it('reads bare digits as the start of a code, and a code with a label or sign as whole', () => {
		expect(parseQuery('50002')).toMatchObject({ code: '50002', whole: false });
		expect(parseQuery('５０００２').whole).toBe(false);
		expect(parseQuery('-1')).toMatchObject({ code: '1', whole: true });
		expect(parseQuery('错误码：6000101').whole).toBe(true);
		expect(parseQuery('6 000 101').whole).toBe(true);
	});
});
