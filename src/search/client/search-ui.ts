import type { Excerpt, ExcerptPart } from '../excerpt';
import { describeUnknownCode } from './unknown-code';
import { search, warmUp, type Hit, type Outcome } from './engine';

/**
 * Live search in every search box. A header box shows its results in a panel under it;
 * the search page shows them in its own list and keeps the query in the URL, so a search
 * can be shared. Enter opens the first result, arrow keys walk the results.
 */
export function attachAll(forms: readonly HTMLFormElement[]): void {
	void warmUp().catch(() => undefined);
	for (const form of forms) attach(form);
}

interface Parts {
	form: HTMLFormElement;
	input: HTMLInputElement;
	panel: HTMLElement;
	status: HTMLElement;
	list: HTMLOListElement;
	isPage: boolean;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function attach(form: HTMLFormElement): void {
	const parts = findParts(form);
	if (!parts) return;

	let latest: Promise<Outcome | undefined> = Promise.resolve(undefined);
	let sequence = 0;
	const run = (): void => {
		const current = ++sequence;
		const query = parts.input.value;
		if (parts.isPage) keepInUrl(query);
		parts.list.setAttribute('aria-busy', 'true');
		latest = search(query).then(
			(outcome) => {
				if (current === sequence) show(parts, outcome);
				return outcome;
			},
			() => {
				if (current === sequence) showFailure(parts);
				return undefined;
			},
		);
	};

	parts.input.addEventListener('input', run);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void latest.then((outcome) => {
			openFirst(parts, outcome);
		});
	});
	form.addEventListener('keydown', (event) => {
		walkResults(parts, event);
	});
	if (!parts.isPage) {
		parts.input.addEventListener('focus', () => {
			setOpen(parts, parts.input.value.trim() !== '');
		});
		form.addEventListener('focusout', (event) => {
			if (!form.contains(event.relatedTarget as Node | null)) setOpen(parts, false);
		});
	}

	// What a person typed while this code was loading wins over the query in the URL.
	if (parts.isPage && parts.input.value === '') {
		parts.input.value = new URLSearchParams(location.search).get('q') ?? '';
		// Come to search without a query, the reader is here to type one.
		if (parts.input.value === '' && document.activeElement === document.body) parts.input.focus();
	}
	if (parts.input.value.trim() !== '') run();
}

function findParts(form: HTMLFormElement): Parts | undefined {
	const input = form.querySelector<HTMLInputElement>('input[name="q"]');
	const panel = form.querySelector<HTMLElement>('[data-search-panel]');
	const status = form.querySelector<HTMLElement>('[data-search-status]');
	const list = form.querySelector<HTMLOListElement>('[data-search-results]');
	if (!input || !panel || !status || !list) return undefined;
	return { form, input, panel, status, list, isPage: form.dataset['variant'] === 'page' };
}

function keepInUrl(query: string): void {
	const url = new URL(location.href);
	if (query.trim() === '') url.searchParams.delete('q');
	else url.searchParams.set('q', query);
	history.replaceState(history.state, '', url);
}

function openFirst(parts: Parts, outcome: Outcome | undefined): void {
	const first = outcome?.hits[0];
	if (first) location.assign(first.url);
	else if (!parts.isPage && parts.input.value.trim() !== '') {
		location.assign(`${base}search/?q=${encodeURIComponent(parts.input.value)}`);
	}
}

function setOpen(parts: Parts, open: boolean): void {
	if (!parts.isPage) parts.panel.hidden = !open;
}

function show(parts: Parts, outcome: Outcome): void {
	const { query, hits } = outcome;
	parts.list.replaceChildren(...hits.map(renderHit));
	parts.list.removeAttribute('aria-busy');
	parts.status.replaceChildren(...statusFor(outcome));
	setOpen(
		parts,
		query.text !== '' &&
			document.activeElement !== null &&
			parts.form.contains(document.activeElement),
	);
}

function showFailure(parts: Parts): void {
	parts.list.replaceChildren();
	parts.list.removeAttribute('aria-busy');
	// The dev server has no index: it is written by the build.
	const why = import.meta.env.DEV
		? '开发服务器没有搜索索引：先运行 npm run build，再用 npm run preview 试用搜索。'
		: '搜索索引没有加载成功，请检查网络后刷新页面。';
	parts.status.replaceChildren(why, '也可以直接', link(`${base}codes/`, '浏览全部错误码'), '。');
	setOpen(parts, true);
}

function statusFor({ query, hits, unknownCode }: Outcome): (string | Node)[] {
	if (query.text === '') return ['输入错误码，或描述遇到的问题，例如 6000101、摄像头打开失败。'];
	if (unknownCode) return describeUnknownCode(unknownCode.code, unknownCode.place);
	if (hits.length === 0) {
		return [
			`没有找到与“${query.text}”相关的错误码。换个说法试试，或`,
			link(`${base}codes/`, '浏览全部错误码'),
			'。',
		];
	}
	if (query.code !== undefined && String(hits[0]?.code) === query.code) {
		return [`错误码 ${query.code}，按 Enter 打开。`];
	}
	// A touch screen's keyboard has Enter (its go key) but no arrow keys.
	const walk = matchMedia('(hover: none) and (pointer: coarse)').matches ? '' : '，按 ↓ 浏览';
	return [`找到 ${hits.length} 个错误码，按 Enter 打开第一个${walk}。`];
}

function renderHit(hit: Hit): HTMLLIElement {
	const item = document.createElement('li');
	const anchor = link(hit.url, '');
	const code = document.createElement('code');
	code.textContent = String(hit.code);
	const description = document.createElement('span');
	description.append(...marked(hit.description));
	anchor.append(code, ' ', description);
	item.append(anchor);
	if (hit.excerpt) item.append(renderExcerpt(hit.excerpt));
	return item;
}

/** The excerpt as a paragraph, its matched words in `<mark>`. */
function renderExcerpt(excerpt: Excerpt): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	if (excerpt.label) paragraph.append(excerpt.label);
	paragraph.append(...marked(excerpt.parts));
	return paragraph;
}

/** Text with its matched words in `<mark>`. */
function marked(parts: readonly ExcerptPart[]): (string | HTMLElement)[] {
	return parts.map((part) => {
		if (!part.marked) return part.text;
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		return mark;
	});
}

function link(url: string, text: string): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.textContent = text;
	return anchor;
}

/**
 * ↓ and ↑ move between the input and the result links. Escape steps back one level: from
 * a result to the input, then closes the panel; only an Escape with nothing left to close
 * reaches the search field, whose own Escape clears the query.
 */
function walkResults(parts: Parts, event: KeyboardEvent): void {
	const links = [...parts.list.querySelectorAll<HTMLAnchorElement>('li > a')];
	const at = links.indexOf(document.activeElement as HTMLAnchorElement);
	if (event.key === 'Escape') {
		if (at !== -1) parts.input.focus();
		else if (!parts.isPage && !parts.panel.hidden) setOpen(parts, false);
		else return;
		event.preventDefault();
		return;
	}
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	if (links.length === 0) return;

	event.preventDefault();
	setOpen(parts, true);
	const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
	if (next < 0) parts.input.focus();
	else links[next]?.focus();
}
