import { isNode, type Document, type LineCounter } from 'yaml';
import { problemAt, type Point, type Problem } from './problems';

/** The place of the deepest node of `path` that the document holds. */
export function pointOf(
	document: Document,
	lines: LineCounter,
	path: readonly PropertyKey[],
): Point {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = document.getIn(path.slice(0, depth), true);
		if (isNode(node) && node.range) return toPoint(lines, node.range[0]);
	}
	return { line: 1, column: 1 };
}

export function toPoint(lines: LineCounter, offset: number): Point {
	const { line, col } = lines.linePos(offset);
	return { line, column: col };
}

/** A YAML syntax error, at the place the parser stopped, with a hint on the file's shape. */
export function yamlProblem(
	file: string,
	lines: LineCounter,
	error: { message: string; pos: [number, number] },
	hint: string,
): Problem {
	return problemAt(
		file,
		toPoint(lines, error.pos[0]),
		`This is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
		hint,
	);
}
