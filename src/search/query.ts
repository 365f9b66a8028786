/**
 * What a person typed into a search box, made comparable with the table: full-width
 * characters folded to their ordinary forms, and any code picked out of the labels,
 * signs and punctuation that come with a code copied from a log.
 */
export interface ParsedQuery {
	/** The query, normalized and trimmed; what full-text search looks for. */
	text: string;
	/** The code, when the query is a code and nothing else (labels aside). */
	code?: string;
	/**
	 * Whether the code came with a label, a sign or separators: pasted from a log, it is a
	 * whole value, not the start of one, so only that very code answers it.
	 */
	whole?: boolean;
	/** Every number in the query written as a code is, such as one pasted next to some words. */
	numbers: string[];
}

/**
 * Words that people paste in front of a code: `错误码：`, `Error code:`, `code=`,
 * `errorCode`. Longer words come first so that `错误码` is not read as `错误` + `码`.
 */
const CODE_LABELS =
	/错误代码|错误码|错误号|返回码|状态码|结果码|错误|代码|编号|error[\s_-]*code|err[\s_-]*code|error|err|code|ret|result|status/giu;
/** Signs, separators and brackets that may surround or split a pasted code. */
const CODE_NOISE = /[\s\p{P}\p{S}]/gu;
const DIGITS = /[0-9]+/g;
/** A number standing on its own, not digits inside a Latin word such as `0x5B9A75`. */
const NUMBER = /(?<![A-Za-z0-9_])[0-9]+(?![A-Za-z0-9_])/g;
const AS_A_CODE = /^(?:0|[1-9][0-9]*)$/;

export function parseQuery(raw: string): ParsedQuery {
	const text = raw.normalize('NFKC').trim();
	const runs = text.match(DIGITS) ?? [];
	const numbers = (text.match(NUMBER) ?? []).filter((run) => AS_A_CODE.test(run));
	const rest = text.replace(CODE_LABELS, '').replace(CODE_NOISE, '');
	if (!/^[0-9]+$/.test(rest) || !(runs.length === 1 || isGrouped(runs))) return { text, numbers };

	const code = runs.join('').replace(/^0+(?=[0-9])/, '');
	return { text, code, whole: !/^[0-9]+$/.test(text), numbers };
}

/**
 * Whether the digit runs are one number written in groups of three, as in `6 000 101` or
 * `6,000,101`. Runs of other lengths are separate numbers, as in `6000101 6000102`.
 */
function isGrouped(runs: readonly string[]): boolean {
	return runs.slice(1).every((run) => run.length === 3);
}
