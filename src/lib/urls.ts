import { base as configuredBase, site } from 'astro:config/server';

/**
 * Every internal link goes through here, so that the site works under any `base`
 * (deployed at `/` or under a sub-path such as `/docs/errors/`). The base comes from the
 * configuration itself: while pages are prerendered, `import.meta.env.BASE_URL` reads `/`
 * whatever the configured base is.
 */
const base = configuredBase.replace(/\/?$/, '/');

export function href(path = ''): string {
	return base + path.replace(/^\//, '');
}

export function codeHref(code: number | string): string {
	return href(`codes/${code}/`);
}

export function rangeHref(range: string): string {
	return href(`ranges/${range}/`);
}

export function searchHref(query?: string): string {
	return href('search/') + (query ? `?q=${encodeURIComponent(query)}` : '');
}

/** A path of this site as a full address on the public origin (`SITE_URL`), for sharing. */
export function absoluteHref(path: string): string {
	return new URL(path, site).href;
}
