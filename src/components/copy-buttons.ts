/**
 * The copy buttons beside each code. They ship hidden; this reveals them where the
 * clipboard can be written (a secure page with JavaScript), and answers a click by
 * copying the button's text and saying in the group's status line what was copied.
 * One listener on the document serves every button, so the cost does not grow with the
 * number of codes on a page.
 */
const SHOWN_FOR_MS = 4000;
const timers = new Map<HTMLElement, number>();

export function wireCopyButtons(): void {
	if (!('clipboard' in navigator)) return;

	for (const group of document.querySelectorAll<HTMLElement>('[data-copy-buttons]')) {
		group.hidden = false;
	}
	document.addEventListener('click', (event) => {
		const button =
			event.target instanceof Element
				? event.target.closest<HTMLButtonElement>('button[data-copy]')
				: null;
		if (button) void copy(button);
	});
}

async function copy(button: HTMLButtonElement): Promise<void> {
	// Written before any await: browsers allow the clipboard only during the click itself.
	const written = navigator.clipboard.writeText(button.dataset['copy'] ?? '');
	const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
	let message: string;
	let failed = false;
	try {
		await written;
		// The button's name says what it copies (`复制 6000101 的链接`); the status, that it did.
		message = `已${button.getAttribute('aria-label') ?? '复制'}`;
	} catch {
		message = '没能写入剪贴板，请选中文字后手动复制。';
		failed = true;
	}
	if (status) say(status, message, failed);
}

function say(status: HTMLElement, message: string, failed: boolean): void {
	clearTimeout(timers.get(status));
	status.textContent = message;
	// Shown in the colour of success only when it is one.
	status.toggleAttribute('data-failed', failed);
	timers.set(
		status,
		window.setTimeout(() => {
			status.textContent = '';
		}, SHOWN_FOR_MS),
	);
}
