import { inject } from 'vitest';
import { fixtureFiles } from './fixtures';

/** The sub-path the site is built for in the tests of deploying under one. */
export const BASE_PATH = '/docs/errors/';

/** The Content-Security-Policy that `public/_headers` ships and the README documents. */
export const SECURITY_POLICY =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
	"font-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; " +
	"frame-ancestors 'none'; object-src 'none'";

/** The valid fixture that is built into a site: every allowed way of writing the table at once. */
export const VALID_FIXTURE = 'valid/all-variants';

/** The broken fixture that is built, to see the build stop and say why. */
export const BROKEN_FIXTURE = 'broken/several-problems';

/** A site that global setup built, with what it was built from. */
export interface BuiltSite {
	name: string;
	dir: string;
	/** The base path it was built for. */
	base: string;
	/** The table it was built from. */
	table: string;
	/** How many rows that table has: every one of them must reach the site. */
	codeCount: number;
	/** How many HTML pages it has: one per code and per range, and four more. */
	pageCount: number;
}

/** Every site that global setup built for tests that hold for any site. */
export function builtSites(): BuiltSite[] {
	const realTable = 'content/error-codes.md';
	return [
		{
			name: 'the real site',
			dir: inject('siteDir'),
			base: '/',
			table: realTable,
			codeCount: 45,
			pageCount: 54,
		},
		{
			name: `the real site under ${BASE_PATH}`,
			dir: inject('baseSiteDir'),
			base: BASE_PATH,
			table: realTable,
			codeCount: 45,
			pageCount: 54,
		},
		{
			name: `the site of the fixture ${VALID_FIXTURE}`,
			dir: inject('fixtureSiteDir'),
			base: '/',
			table: fixtureFiles(VALID_FIXTURE).table,
			codeCount: 8,
			pageCount: 15,
		},
	];
}
