import { stripVTControlCharacters } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { problemsOf } from '../support/fixtures';
import { BROKEN_FIXTURE } from '../support/sites';

describe(`astro build of the fixture ${BROKEN_FIXTURE}`, () => {
	const { log, exitCode } = inject('brokenBuild');
	const printed = stripVTControlCharacters(log);

	it('fails', () => {
		expect(exitCode).toBe(1);
	});

	it('prints every problem, each at its file, line and column, with its fix', async () => {
		const problems = await problemsOf(BROKEN_FIXTURE);

		expect(problems).toHaveLength(5);
		expect(printed).toContain(
			`[ContentError] The error-code content has 5 problems:\n${problems.join('\n')}\n` +
				'  Hint:\n    Fix each problem at the file, line and column it names, then build again.\n' +
				'  Location:\n    test/fixtures/broken/several-problems/error-codes.md:4:1',
		);
	});

	it('prints no stack trace, which would point into the reader rather than the content', () => {
		expect(printed).not.toContain('Stack trace');
		expect(printed).not.toMatch(/^\s+at /m);
	});
});
