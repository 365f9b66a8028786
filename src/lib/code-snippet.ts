import type { PhrasingContent, Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { phrasing } from 'mdast-util-phrasing';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { CodeEntry } from './reference';

/**
 * A code as a reader pastes it into a ticket or a chat: the code in bold with its
 * description, the fix, and the code's page on a line of its own, so that the snippet
 * reads well as Markdown and as plain text alike. The cells' inline markup (a code span
 * in a fix) is kept, and any character Markdown would read as markup is escaped.
 */
export function markdownSnippet(entry: CodeEntry, url: string): string {
	const fix = entry.fixHtml === null ? [text('无需处理。')] : inline(entry.fixHtml);
	const tree: Root = {
		type: 'root',
		children: [
			{
				type: 'paragraph',
				children: [
					{ type: 'strong', children: [text(`错误码 ${entry.code}`)] },
					text('：'),
					...inline(entry.descriptionHtml),
					text('\n处理建议：'),
					...fix,
					// A bare address on its own line: chats link it, and GFM autolinks it.
					text(`\n${url}`),
				],
			},
		],
	};
	return toMarkdown(tree).trim();
}

/** The phrasing of a cell, back from the HTML the page shows into Markdown nodes. */
function inline(html: string): PhrasingContent[] {
	const tree = toMdast(fromHtml(html, { fragment: true }));
	const nodes = tree.type === 'root' ? tree.children : [tree];
	return nodes.map((node) => {
		// A table cell holds phrasing only, so anything else means the cell HTML changed shape.
		if (!phrasing(node)) throw new Error(`A cell turned into a Markdown ${node.type}: ${html}`);
		return node;
	});
}

function text(value: string): PhrasingContent {
	return { type: 'text', value };
}
