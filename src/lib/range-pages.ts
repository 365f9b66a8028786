import type { BlockWithCodes, RangeWithCodes } from './reference';
import { rangeHref } from './urls';

/**
 * The most codes one page lists in full. A page grows with every code it lists, so a long
 * list is split rather than left to grow with the table: up to this many codes, a range
 * is one page with its blocks as sections and `/codes/` is one table; past it, a range
 * page becomes an overview with a page per block, and `/codes/` lists the blocks that
 * hold the codes. Three hundred codes weigh about 20–40 KB gzip of HTML.
 */
export const CODES_PER_PAGE = 300;

/** Whether the range's codes are listed on a page per block rather than on its own page. */
export function isSplitByBlock(range: Pick<RangeWithCodes, 'codeCount'>): boolean {
	return range.codeCount > CODES_PER_PAGE;
}

/** Whether `/codes/` lists every code in one table, or the blocks that hold them. */
export function listsEveryCode(codeCount: number): boolean {
	return codeCount <= CODES_PER_PAGE;
}

type RangePart = Pick<RangeWithCodes, 'id' | 'codeCount'>;

/** The page of a block that its range splits off, such as `/ranges/6xxxxxx/6000100-6000199/`. */
export function blockPageHref(
	range: Pick<RangeWithCodes, 'id'>,
	block: Pick<BlockWithCodes, 'id'>,
): string {
	return `${rangeHref(range.id)}${block.id}/`;
}

/** Where a block's codes are listed: its section of the range page, or its own page. */
export function blockHref(range: RangePart, block: Pick<BlockWithCodes, 'id'>): string {
	return isSplitByBlock(range) ? blockPageHref(range, block) : `${rangeHref(range.id)}#${block.id}`;
}

/** A code's row on the one page that lists it in its range. */
export function codeRowHref(
	range: RangePart,
	block: Pick<BlockWithCodes, 'id'>,
	code: number,
): string {
	const page = isSplitByBlock(range) ? blockPageHref(range, block) : rangeHref(range.id);
	return `${page}#${code}`;
}
