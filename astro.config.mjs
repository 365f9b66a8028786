// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/search/pagefind-index';

/**
 * Where the site is served. Set SITE_URL to the public origin (used for canonical links
 * and the sitemap) and BASE_PATH when the site lives under a sub-path, such as
 * `/docs/errors/`.
 */
const site = process.env.SITE_URL ?? 'https://example.com';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	// Pages are folders (`/codes/6000101/`), and links always end in a slash. Accepting
	// `/codes/6000101` too lets `astro preview` serve an address typed by hand, as static
	// hosts do, instead of answering it with a bare 404.
	trailingSlash: 'ignore',
	// One stylesheet for the whole site, linked rather than inlined: a reader downloads it
	// once, and pages need no inline style under a strict Content-Security-Policy.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { cssCodeSplit: false } },
	integrations: [mdx(), sitemap(), pagefindIndex()],
});
