import { beforeAll, expect, inject, it } from 'vitest';
import { htmlFiles, readPage, type BuiltPage } from '../support/html';
import { brokenLinks } from '../support/links';

const dir = inject('siteDir');
let pages: BuiltPage[];

beforeAll(async () => {
	pages = await Promise.all((await htmlFiles(dir)).map((file) => readPage(dir, file)));
});

it('has no broken internal link or anchor on any page', () => {
	const { broken, checked } = brokenLinks(dir, pages);

	expect(broken).toEqual([]);
	expect(checked).toBeGreaterThan(45 * 5);
});
