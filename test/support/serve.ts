import { parseAllHeaders, type Header } from '@netlify/headers-parser';
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

export interface ServeOptions {
	/**
	 * Answer with the headers that the site's `_headers` file sets, as Netlify and
	 * Cloudflare Pages do, so that a test runs the site under its own security policy.
	 */
	headersFile?: boolean;
}

/**
 * Serves a built site the way a static host does: files under `base`, and the site's
 * own 404 page, with status 404, for everything else.
 */
export async function serveSite(
	dir: string,
	base = '/',
	options: ServeOptions = {},
): Promise<StaticServer> {
	const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
	const notFound = await readFile(path.join(dir, '404.html'));
	const headers = options.headersFile ? await readHeadersFile(path.join(dir, '_headers')) : [];

	const server = http.createServer((request, response) => {
		const answerNotFound = (): void => {
			response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			response.end(notFound);
		};
		const inSite = request.url?.startsWith(base) ? '/' + request.url.slice(base.length) : '';
		for (const rule of headers) {
			if (rule.forRegExp.test(inSite.replace(/\?.*$/, ''))) setHeaders(response, rule.values);
		}
		if (inSite === '') {
			answerNotFound();
			return;
		}
		request.url = inSite;
		files(request, response, answerNotFound);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

async function readHeadersFile(file: string): Promise<Header[]> {
	const { headers, errors } = await parseAllHeaders({
		headersFiles: [file],
		configHeaders: undefined,
		minimal: false,
	});
	if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
	if (headers.length === 0) throw new Error(`${file} sets no headers.`);
	return headers.filter((header): header is Header => 'forRegExp' in header);
}

function setHeaders(response: http.ServerResponse, values: Record<string, string>): void {
	for (const [name, value] of Object.entries(values)) response.setHeader(name, value);
}
