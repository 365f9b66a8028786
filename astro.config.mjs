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

/** A build without SITE_URL publishes addresses on the placeholder origin: say so. */
const siteUrlNotice = {
	name: 'site-url',
	hooks: {
		/** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
		'astro:build:start': ({ logger }) => {
			if (process.env.SITE_URL) return;
			logger.warn(
				`SITE_URL is not set: canonical links, the sitemap and copied links point at ${site}. Set it to the public origin for a build you deploy.`,
			);
		},
	},
};

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
	integrations: [siteUrlNotice, mdx(), sitemap(), pagefindIndex()],
});
