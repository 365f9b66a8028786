import { AstroError } from 'astro/errors';

/** One thing wrong with a content file, pinned to the place a writer has to edit. */
export interface Problem {
	file: string;
	line: number;
	column: number;
	/** What is wrong, in one sentence. */
	message: string;
	/** What to do about it. */
	hint: string;
}

export interface Point {
	line: number;
	column: number;
}

export function problemAt(file: string, point: Point, message: string, hint: string): Problem {
	return { file, line: point.line, column: point.column, message, hint };
}

export function formatProblem(problem: Problem): string {
	const where = `${problem.file}:${problem.line}:${problem.column}`;
	return `${where} ${problem.message}\n  Fix: ${problem.hint}`;
}

/**
 * Every problem found in one read of the content files, reported together so that a
 * writer fixes them all in one pass instead of rebuilding once per mistake.
 */
export class ContentError extends AstroError {
	readonly problems: readonly Problem[];
	/**
	 * Where Astro's error printer says the error is. Without it, the printer takes the
	 * place from the stack: a line of this reader, which tells a writer nothing.
	 */
	readonly loc: { file: string; line: number; column: number } | undefined;

	constructor(problems: readonly Problem[]) {
		const sorted = [...problems].sort(byPlace);
		const count = sorted.length === 1 ? 'a problem' : `${sorted.length} problems`;
		super(
			`The error-code content has ${count}:\n${sorted.map(formatProblem).join('\n')}`,
			'Fix each problem at the file, line and column it names, then build again.',
		);
		this.name = 'ContentError';
		this.problems = sorted;
		const [first] = sorted;
		this.loc = first && { file: first.file, line: first.line, column: first.column };
		// The problems are in the content, not in the code that found them: a stack trace
		// under the message would only send a writer looking in the wrong place.
		this.stack = '';
	}
}

function byPlace(a: Problem, b: Problem): number {
	return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
