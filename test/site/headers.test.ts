import { parseAllHeaders } from '@netlify/headers-parser';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { SECURITY_POLICY } from '../support/sites';

it('ships public/_headers in the built site, setting the security policy for every path', async () => {
	const built = path.join(inject('siteDir'), '_headers');
	const { headers, errors } = await parseAllHeaders({
		headersFiles: [built],
		configHeaders: undefined,
		minimal: true,
	});

	expect(await readFile(built, 'utf8')).toBe(await readFile('public/_headers', 'utf8'));
	expect(errors).toEqual([]);
	expect(headers).toEqual([
		{
			for: '/*',
			values: {
				'Content-Security-Policy': SECURITY_POLICY,
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'strict-origin-when-cross-origin',
				'X-Frame-Options': 'DENY',
			},
		},
	]);
});

it('documents the same policy in the README', async () => {
	expect(await readFile('README.md', 'utf8')).toContain(`| \`${SECURITY_POLICY}\` |`);
});
