import { placeOf, type LookupRange } from '../lookup';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * On the 404 page: when the missing address is `/codes/<number>/`, say that the table
 * has no such code, name the range its number belongs to, and offer to search for it.
 */
export function explainUnknownCode(): void {
	const path = decodeURIComponent(location.pathname);
	const match = /^codes\/0*(\d+)\/?$/.exec(path.startsWith(base) ? path.slice(base.length) : '');
	const box = document.querySelector<HTMLElement>('[data-unknown-code]');
	const message = box?.querySelector('[data-unknown-code-message]');
	const search = box?.querySelector<HTMLAnchorElement>('[data-unknown-code-search]');
	const data = document.querySelector('[data-lookup-index]')?.textContent;
	if (!match?.[1] || !box || !message || !search || !data) return;

	const code = match[1];
	const ranges = JSON.parse(data) as LookupRange[];
	const place = placeOf(Number(code), { ranges, shards: {} });
	message.replaceChildren(`错误码 ${code} 不在错误码表中。`, ...describePlace(place));
	search.href = `${base}search/?q=${encodeURIComponent(code)}`;
	search.textContent = `搜索 ${code}`;
	box.hidden = false;
}

function describePlace(place: ReturnType<typeof placeOf>): (string | Node)[] {
	if (!place) return ['它的号码不属于任何已知号段，请确认错误码是否抄写正确。'];

	const link = document.createElement('a');
	link.href = `${base}ranges/${place.range.id}/`;
	link.textContent = `${place.range.id} · ${place.range.title}`;
	const block = place.block ? `中的“${place.block.title}”分组` : '';
	return ['按号码，它属于 ', link, ` 号段${block}。可能是 SDK 版本比本表新，或者号码抄错了。`];
}
