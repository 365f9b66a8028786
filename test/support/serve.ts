import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
	/** The site's address, ending in the base path, such as `http://127.0.0.1:41234/`. */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: files under `base`, and the site's
 * own 404 page, with status 404, for everything else.
 */
export async function serveSite(dir: string, base = '/'): Promise<StaticServer> {
	const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
	const notFound = await readFile(path.join(dir, '404.html'));

	const server = http.createServer((request, response) => {
		const answerNotFound = (): void => {
			response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			response.end(notFound);
		};
		if (!request.url?.startsWith(base)) {
			answerNotFound();
			return;
		}
		request.url = '/' + request.url.slice(base.length);
		files(request, response, answerNotFound);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
