import type { TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/**
 * The plain text of a cell. Raw HTML in the cell is left out, as it is from the HTML
 * below, so the text and the HTML of a cell always say the same thing.
 */
export function cellText(cell: TableCell): string {
	return toString(cell, { includeHtml: false }).trim();
}

/**
 * The inline Markdown of a cell as HTML that is safe to put on a page: raw HTML is
 * dropped rather than passed through, and the result is sanitized again so that a link
 * such as `javascript:` can never reach a page.
 */
export function cellHtml(cell: TableCell): string {
	// A paragraph, because the children of a root would be joined with line breaks.
	const paragraph = toHast({ type: 'paragraph', children: cell.children });
	const children = paragraph.type === 'element' ? paragraph.children : [];
	return toHtml(sanitize({ type: 'root', children })).trim();
}
