import type { ContentFiles } from '../../src/content-reader/read-content';
import { ContentError, formatProblem } from '../../src/content-reader/problems';
import { readReference, type Reference } from '../../src/content-reader/read-content';
import { root } from './build-site';

/**
 * A fixture is a folder under `test/fixtures/` that holds an `error-codes.md` and a
 * `ranges.yaml`, as `content/` does; `valid/` ones must build, `broken/` ones must not.
 */
export function fixtureDir(name: string): string {
	return `test/fixtures/${name}`;
}

export function fixtureFiles(name: string): ContentFiles {
	const dir = fixtureDir(name);
	return { table: `${dir}/error-codes.md`, ranges: `${dir}/ranges.yaml` };
}

/** Reads a fixture the way the content loader reads `content/`. */
export function readFixture(name: string): Promise<Reference> {
	return readReference(root, fixtureFiles(name));
}

/** The problems a fixture is refused with, each as the build prints it. */
export async function problemsOf(name: string): Promise<string[]> {
	try {
		await readFixture(name);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
	throw new Error(`The fixture ${name} was read without a problem.`);
}
