import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject, it } from 'vitest';

/** Every file of a built site with a digest of its bytes, by path. */
async function digests(dir: string): Promise<Map<string, string>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.sort();
	const hashes = await Promise.all(
		files.map(async (file) =>
			createHash('sha256')
				.update(await readFile(path.join(dir, file)))
				.digest('hex'),
		),
	);
	return new Map(files.map((file, index) => [file, hashes[index] ?? '']));
}

it('builds byte-identical output from the same input', async () => {
	const first = await digests(inject('siteDir'));
	const second = await digests(inject('siteAgainDir'));
	const differing = [...first.keys()].filter((file) => first.get(file) !== second.get(file));

	expect([...second.keys()]).toEqual([...first.keys()]);
	expect(differing).toEqual([]);
	expect(first.size).toBeGreaterThan(100);
});
