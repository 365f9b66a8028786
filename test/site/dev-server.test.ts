import { fromHtml } from 'hast-util-from-html';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { astroEnv, root } from '../support/build-site';
import { texts } from '../support/html';

const contentDir = path.join('.test-output', 'dev-content');
const table = path.join(root, contentDir, 'error-codes.md');

let server: ChildProcess | undefined;
let address = '';
let log = '';

/** A port nobody listens on now, for the dev server to take. */
async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as { port: number };
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

/** The status and the `<title>` of a page of the dev server. */
async function visit(page: string): Promise<{ status: number; title: string }> {
	const response = await fetch(new URL(page, address));
	if (!response.ok) return { status: response.status, title: '' };
	const [title = ''] = texts(fromHtml(await response.text()), 'title');
	return { status: response.status, title };
}

beforeAll(async () => {
	await rm(path.join(root, contentDir), { recursive: true, force: true });
	await mkdir(path.join(root, contentDir), { recursive: true });
	for (const file of ['error-codes.md', 'ranges.yaml', 'vocabulary.yaml']) {
		await cp(path.join(root, 'content', file), path.join(root, contentDir, file));
	}

	const port = await freePort();
	address = `http://127.0.0.1:${port}/`;
	const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
	server = spawn(
		process.execPath,
		[astro, 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			cwd: root,
			env: { ...astroEnv(), CONTENT_DIR: contentDir },
		},
	);
	const started = server;
	await new Promise<void>((resolve, reject) => {
		const read = (chunk: Buffer): void => {
			log += chunk.toString();
			if (stripVTControlCharacters(log).includes('watching for file changes')) resolve();
		};
		started.stdout?.on('data', read);
		started.stderr?.on('data', read);
		started.once('exit', () => reject(new Error(`astro dev ended before it was ready:\n${log}`)));
	});
});

afterAll(async () => {
	if (server && server.exitCode === null) {
		const ended = new Promise((resolve) => server?.once('exit', resolve));
		server.kill();
		await ended;
	}
	await rm(path.join(root, contentDir), { recursive: true, force: true });
});

describe('astro dev', () => {
	it('serves the table it was started with', async () => {
		expect(await visit('codes/6000101/')).toEqual({
			status: 200,
			title: '6000101 没有权限打开摄像头。 · ZEGO Avatar SDK 错误码',
		});
		expect((await visit('codes/6000103/')).status).toBe(404);
	});

	it('shows an edited row and a new row as soon as the table is saved, without a restart', async () => {
		const before = await readFile(table, 'utf8');
		const row = '| 6000101 | 没有权限打开摄像头。 | 请授权。 |\n';
		expect(before).toContain(row);
		await writeFile(
			table,
			before.replace(
				row,
				'| 6000101 | 没有权限使用摄像头。 | 请授权。 |\n| 6000103 | 没有权限使用扬声器。 | 请授权。 |\n',
			),
		);

		await expect
			.poll(() => visit('codes/6000101/'))
			.toEqual({ status: 200, title: '6000101 没有权限使用摄像头。 · ZEGO Avatar SDK 错误码' });
		expect(await visit('codes/6000103/')).toEqual({
			status: 200,
			title: '6000103 没有权限使用扬声器。 · ZEGO Avatar SDK 错误码',
		});
	});

	it('logs a broken edit at its line and keeps serving the last good table', async () => {
		const before = await readFile(table, 'utf8');
		await writeFile(table, before.replace('| 6000103 |', '| 60001O3 |'));

		await expect
			.poll(() => stripVTControlCharacters(log))
			.toContain(`${contentDir}/error-codes.md:34:1 `);
		expect(await visit('codes/6000103/')).toEqual({
			status: 200,
			title: '6000103 没有权限使用扬声器。 · ZEGO Avatar SDK 错误码',
		});
	});

	it('tells a search user that the index comes from the build', async () => {
		const browser = await launchBrowser();
		try {
			const { page } = await openPage(browser);
			await page.goto(new URL('search/?q=摄像头', address).href);
			await expect
				.poll(() => page.getByRole('status').innerText())
				.toBe(
					'开发服务器没有搜索索引：先运行 npm run build，再用 npm run preview 试用搜索。' +
						'也可以直接浏览全部错误码。',
				);
		} finally {
			await browser.close();
		}
	});
});
