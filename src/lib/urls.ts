/**
 * Every internal link goes through here, so that the site works under any `base`
 * (deployed at `/` or under a sub-path such as `/docs/errors/`).
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

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
