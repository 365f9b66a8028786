import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/html';
import { brokenLinks } from '../support/links';
import { builtSites } from '../support/sites';

describe.each(builtSites())('$name', ({ dir, base, codeCount }) => {
	it('has no broken internal link or anchor on any page', async () => {
		const pages = await Promise.all((await htmlFiles(dir)).map((file) => readPage(dir, file)));
		const { broken, checked } = brokenLinks(dir, pages, base);

		expect(broken).toEqual([]);
		// Each code is linked from its range page, /codes/, its neighbours and its block.
		expect(checked).toBeGreaterThan(codeCount * 5);
	});
});
