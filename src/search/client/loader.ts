/**
 * The only script every page runs before a person uses search. It wires the search
 * boxes and the `/` and Ctrl+K shortcuts, and downloads the search code the first time a
 * search box gets focus: a reader who never searches never pays for it.
 */
const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-search-form]')];
let ui: Promise<void> | undefined;
let attached = false;

function startSearch(): Promise<void> {
	ui ??= import('./search-ui').then((module) => {
		module.attachAll(forms);
		attached = true;
	});
	return ui;
}

/**
 * Enter pressed before the search code has arrived waits for it, so that a pasted code
 * still opens its page; only if the code cannot load does the form go to the search page.
 */
function holdSubmit(event: SubmitEvent): void {
	if (attached) return;
	event.preventDefault();
	const form = event.currentTarget as HTMLFormElement;
	startSearch().then(
		() => {
			form.requestSubmit();
		},
		() => {
			form.submit();
		},
	);
}

function primaryInput(): HTMLInputElement | undefined {
	const form = forms.find((f) => f.dataset['primary'] !== undefined) ?? forms[0];
	return form?.querySelector('input') ?? undefined;
}

function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
	);
}

for (const form of forms) {
	form.addEventListener(
		'focusin',
		() => {
			void startSearch();
		},
		{ once: true },
	);
	form.addEventListener('submit', holdSubmit);
	if (form.dataset['variant'] === 'page') void startSearch();
}

document.addEventListener('keydown', (event) => {
	const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
	const slash = event.key === '/' && !isTyping(event.target);
	if (!ctrlK && !slash) return;

	const input = primaryInput();
	if (!input) return;
	event.preventDefault();
	input.focus();
	input.select();
});

/**
 * A link to a code's row on a range page that does not list it (a range split into block
 * pages as the table grew, or a link written by hand) goes on to the code's own page,
 * which shows the code or says why the table does not hold it.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
// Codes are ASCII digits, which a hash holds as they are: nothing to decode.
const row = location.hash.slice(1);
if (
	location.pathname.startsWith(`${base}ranges/`) &&
	/^[0-9]+$/.test(row) &&
	!document.getElementById(row)
) {
	location.replace(`${base}codes/${row}/`);
}
