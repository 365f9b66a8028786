import { parseQuery } from '../query';
import { placeOf, shardKey, type LookupIndex, type LookupShard, type Place } from '../lookup';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * On the 404 page, for an address `/codes/<something>/`: when the something is a code of
 * the table written another way (`06000101`, full-width digits), go to its page; when it
 * is a code the table does not hold, say so, name the range its number belongs to, and
 * offer to search for it.
 */
export async function explainUnknownCode(): Promise<void> {
	const path = decoded(location.pathname);
	const segment = /^codes\/([^/]+)\/?$/.exec(path.startsWith(base) ? path.slice(base.length) : '');
	const code = segment?.[1] === undefined ? undefined : parseQuery(segment[1]).code;
	const box = document.querySelector<HTMLElement>('[data-unknown-code]');
	const message = box?.querySelector('[data-unknown-code-message]');
	const search = box?.querySelector<HTMLAnchorElement>('[data-unknown-code-search]');
	const data = document.querySelector('[data-lookup-index]')?.textContent;
	if (code === undefined || !box || !message || !search || !data) return;

	const index = JSON.parse(data) as LookupIndex;
	if (await isInTable(code, index)) {
		location.replace(`${base}codes/${code}/${location.search}${location.hash}`);
		return;
	}
	const place = placeOf(Number(code), index);
	message.replaceChildren(
		...describeUnknownCode(code, place),
		place ? '可能是 SDK 版本比本表新，或者号码抄错了。' : '请确认错误码是否抄写正确。',
	);
	search.href = `${base}search/?q=${encodeURIComponent(code)}`;
	search.textContent = `搜索 ${code}`;
	box.hidden = false;
}

/** A path as typed, full-width digits and all; a path that is not valid UTF-8 is kept as it came. */
function decoded(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

/**
 * "Code … is not in the table", and the range (and block) that would hold it by its
 * number, linked: the same words on the 404 page and in search.
 */
export function describeUnknownCode(code: string, place: Place | undefined): (string | Node)[] {
	const said = `错误码 ${code} 不在错误码表中。`;
	if (!place) return [said, '它的号码不属于任何已知号段。'];

	const link = document.createElement('a');
	link.href = `${base}ranges/${place.range.id}/`;
	link.textContent = `${place.range.id} · ${place.range.title}`;
	const block = place.block ? `中的“${place.block.title}”分组` : '';
	return [said, '按号码，它属于 ', link, ` 号段${block}。`];
}

/** Whether the table holds `code`, asked of the code lookup's shard for it, if any. */
async function isInTable(code: string, index: LookupIndex): Promise<boolean> {
	const key = shardKey(code);
	if (!(key in index.shards)) return false;
	const response = await fetch(`${base}lookup/${key}.json`).catch(() => undefined);
	if (!response?.ok) return false;
	const shard = (await response.json()) as LookupShard;
	return shard.some(([entry]) => String(entry) === code);
}
