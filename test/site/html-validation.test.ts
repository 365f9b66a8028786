import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/html';
import { builtSites } from '../support/sites';

/**
 * html-validate's recommended preset: the HTML standard's content models and attributes,
 * accessibility basics, and no inline `style` attributes, which a strict
 * Content-Security-Policy would block.
 */
const config: ConfigData = {
	root: true,
	extends: ['html-validate:recommended'],
	rules: {
		// The standard lets an id be any text without spaces. The strict form of this rule
		// wants a leading letter, but a code's anchor is its number (`#6000101`) and a
		// block's is its span (`#6000100-6000199`): links people share depend on them.
		'valid-id': ['error', { relaxed: true }],
	},
};

const validator = new HtmlValidate(config);

// The site built under a base path differs from the real one in its addresses only.
describe.each(builtSites().filter((site) => site.base === '/'))('$name', ({ dir, pageCount }) => {
	it('passes html-validate on every page, and ends every page at </html>', async () => {
		const files = await htmlFiles(dir);
		const errors: string[] = [];
		for (const file of files) {
			const source = await readFile(path.join(dir, file), 'utf8');
			// Parsers move what follows `</html>` into the body; the validator lets it pass.
			if (!source.trimEnd().endsWith('</html>')) errors.push(`${file}: markup after </html>`);
			const report = await validator.validateString(source, file);
			for (const message of report.results.flatMap((result) => result.messages)) {
				errors.push(
					`${file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`,
				);
			}
		}

		expect(errors).toEqual([]);
		expect(files).toHaveLength(pageCount);
	});
});
