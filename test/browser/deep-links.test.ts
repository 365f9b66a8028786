import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { usePagePerTest, useSite } from '../support/browser-session';

const site = useSite(inject('siteDir'));
const tab = usePagePerTest(site);

/** What a reader sees of a row: where it sits in the window and how it is painted. */
function looks(row: ReturnType<Page['locator']>) {
	return row.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const style = getComputedStyle(element);
		return {
			top: Math.round(box.top),
			inView: box.top >= 0 && box.bottom <= window.innerHeight,
			background: style.backgroundColor,
			edge: style.boxShadow,
		};
	});
}

describe.each([
	{ screen: 'a desktop', viewport: { width: 1280, height: 720 } },
	{ screen: 'a phone', viewport: { width: 360, height: 640 } },
])('a link to a code on its range page, on $screen', ({ viewport }) => {
	it.each([
		{ range: '5xxxxxx', code: '5000205', neighbour: '5000204' },
		{ range: '6xxxxxx', code: '6000101', neighbour: '6000100' },
	])('scrolls to $code and marks it, and only it', async ({ range, code, neighbour }) => {
		const page = await tab.open(`ranges/${range}/#${code}`, { viewport });

		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
		const target = page.locator(':target');
		expect(await target.getAttribute('id')).toBe(code);
		expect(await target.getByRole('heading', { level: 3 }).innerText()).toBe(code);

		const marked = await looks(target);
		const plain = await looks(page.locator(`[id="${neighbour}"]`));
		expect(marked.inView).toBe(true);
		expect(marked.top).toBeLessThan(100);
		expect(marked.background).not.toBe(plain.background);
		expect(marked.edge).not.toBe('none');
		expect(plain.edge).toBe('none');
	});
});

describe('a link to a code on a range page that does not list it', () => {
	it('goes on to the code page of a code of another range', async () => {
		const page = await tab.open('ranges/5xxxxxx/#6000101');

		await page.waitForURL('**/codes/6000101/');
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('6000101');
	});

	it('goes on to the 404 page that explains a code the table does not hold', async () => {
		const page = await tab.open('ranges/6xxxxxx/#6000999');

		await page.waitForURL('**/codes/6000999/');
		await expect
			.poll(() => page.locator('[data-unknown-code-message]').innerText())
			.toContain('错误码 6000999 不在错误码表中。');
		// The 404 answer is what the browser reports; nothing else may go wrong.
		expect(tab.problems.every((problem) => problem.includes('404'))).toBe(true);
		tab.problems.length = 0;
	});

	it('leaves a hash that is not valid UTF-8 alone, and the page still works', async () => {
		const page = await tab.open('ranges/6xxxxxx/#%E0%A4');

		expect(new URL(page.url()).pathname).toBe('/ranges/6xxxxxx/');
		await page.getByRole('group', { name: '复制 6000101' }).waitFor();
	});

	it('leaves a block anchor alone', async () => {
		const page = await tab.open('ranges/6xxxxxx/#6000100-6000199');

		expect(new URL(page.url()).pathname).toBe('/ranges/6xxxxxx/');
		expect(await page.locator(':target').getAttribute('id')).toBe('6000100-6000199');
	});
});

describe('the link from a code page to its row', () => {
	it('lands on that row of the range page', async () => {
		const page = await tab.open('codes/6000401/');
		await page.getByRole('link', { name: '在号段页中查看 6000401' }).click();

		await page.waitForURL('**/ranges/6xxxxxx/#6000401');
		expect(await page.locator(':target').getAttribute('id')).toBe('6000401');
		expect((await looks(page.locator(':target'))).inView).toBe(true);
	});
});
