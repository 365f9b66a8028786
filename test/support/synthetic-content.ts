import { stringify } from 'yaml';
import {
	ACTIONS,
	AREAS,
	CAUSES,
	CONDITIONS,
	CONTEXTS,
	FEATURES,
	NOUNS,
	STATES,
	SUBJECTS,
	SUPPORT,
	VERBS,
} from './synthetic-phrases.ts';

/** A generated table and the ranges file that frames it, as the two content files. */
export interface SyntheticContent {
	/** `error-codes.md`: the table in the upstream format. */
	table: string;
	/** `ranges.yaml`: every range and block the codes fall in. */
	ranges: string;
	codeCount: number;
	rangeCount: number;
	blockCount: number;
}

interface BlockPlan {
	first: number;
	codes: number[];
}

export interface SyntheticOptions {
	/** How many ranges share the codes, besides the range of code 0; at most 9. */
	rangeCount?: number;
	seed?: number;
}

/** Codes are seven digits, `Nxxxxxx`, as in the real table; blocks span 100 numbers. */
const RANGE_WIDTH = 1_000_000;
const BLOCK_WIDTH = 100;

/**
 * A table of `codeCount` codes (code 0 among them) spread over ranges of uneven size,
 * each divided into blocks of 100 numbers that hold from one code to nearly a hundred.
 * The same count and options always give the same files, so runs can be compared.
 */
export function syntheticContent(
	codeCount: number,
	{ rangeCount = 8, seed = 6 }: SyntheticOptions = {},
): SyntheticContent {
	const random = seededRandom(seed + codeCount);
	const perRange = split(codeCount - 1, rangeCount, Infinity, random);
	const ranges = perRange.map((count, index) => planRange(index + 1, count, codeCount, random));

	const rows = ranges.flatMap((blocks) => blocks.flatMap((block) => block.codes));
	const table = [
		'| 错误码 | 描述 | 处理建议 |',
		'| ----- | ---- | ------- |',
		'| 0 | 执行成功。| - |',
		...rows.map((code) => `| ${code} | ${description(random)} | ${fix(random)} |`),
	].join('\n');

	return {
		table: table + '\n',
		ranges: stringify([
			successRange(),
			...ranges.map((blocks, i) => rangeEntry(i, blocks, random)),
		]),
		codeCount,
		rangeCount: ranges.length + 1,
		blockCount: ranges.reduce((sum, blocks) => sum + blocks.length, 1),
	};
}

/**
 * The blocks of one range. Blocks fill up as the table grows (about ten codes each at
 * 1,000 codes, forty at 10,000), as a real table's blocks do.
 */
function planRange(digit: number, count: number, total: number, random: Random): BlockPlan[] {
	const meanFill = Math.min(60, Math.max(3, 10 * (total / 1000) ** 0.6));
	const blockCount = Math.max(1, Math.ceil(count / meanFill));
	const fills = split(count, blockCount, BLOCK_WIDTH, random);

	let slot = 0;
	return fills.map((fill) => {
		const first = digit * RANGE_WIDTH + slot * BLOCK_WIDTH;
		slot += random() < 0.3 ? 2 + Math.floor(random() * 4) : 1;
		return { first, codes: codesInBlock(first, fill, random) };
	});
}

/** `fill` codes of a block, mostly consecutive from its first or second number. */
function codesInBlock(first: number, fill: number, random: Random): number[] {
	const codes: number[] = [];
	let spare = BLOCK_WIDTH - fill;
	let offset = spare > 0 && random() < 0.7 ? 1 : 0;
	spare -= offset;
	while (codes.length < fill) {
		if (spare > 0 && random() < 0.1) {
			offset++;
			spare--;
			continue;
		}
		codes.push(first + offset++);
	}
	return codes;
}

/** `total` split into `parts` uneven whole shares, none above `cap` and none empty. */
function split(total: number, parts: number, cap: number, random: Random): number[] {
	const weights = Array.from({ length: parts }, () => 0.3 + random() * 1.7);
	const sum = weights.reduce((a, b) => a + b, 0);
	const shares = weights.map((w) => Math.min(cap, Math.max(1, Math.floor((total * w) / sum))));
	let left = total - shares.reduce((a, b) => a + b, 0);
	for (let i = 0; left !== 0; i = (i + 1) % parts) {
		const step = Math.sign(left);
		const next = (shares[i] ?? 0) + step;
		if (next >= 1 && next <= cap) {
			shares[i] = next;
			left -= step;
		}
	}
	return shares;
}

function successRange(): object {
	const block = { first: 0, last: 0, title: '执行成功', summary: '操作已按预期完成。' };
	return { ...block, title: '成功', summary: '接口调用成功时返回 0，无需处理。', blocks: [block] };
}

function rangeEntry(index: number, blocks: readonly BlockPlan[], random: Random): object {
	const first = (index + 1) * RANGE_WIDTH;
	const area = AREAS[index % AREAS.length] ?? '';
	return {
		first,
		last: first + RANGE_WIDTH - 1,
		title: area,
		summary: `${area}相关的错误。${summary(random)}${summary(random)}`,
		blocks: blocks.map((block) => ({
			first: block.first,
			last: block.first + BLOCK_WIDTH - 1,
			title: blockTitle(random),
			summary: summary(random),
		})),
	};
}

function blockTitle(random: Random): string {
	const subject = pick(SUBJECTS, random);
	return random() < 0.4 ? `${subject}与${pick(SUBJECTS, random)}` : subject;
}

function summary(random: Random): string {
	const problems = `${pick(SUBJECTS, random)}${pick(CONDITIONS, random)}、${pick(SUBJECTS, random)}${pick(CONDITIONS, random)}`;
	return `${pick(CONTEXTS, random)}出现的问题，例如${problems}，多半是因为${pick(CAUSES, random)}。`;
}

/** Descriptions of 6 to 40 characters, 15 on average, as in the real table. */
function description(random: Random): string {
	const subject = pick(SUBJECTS, random);
	const condition = pick(CONDITIONS, random);
	const roll = random();
	if (roll < 0.45) return `${subject}${condition}。`;
	if (roll < 0.7) return `${pick(CONTEXTS, random)}，${subject}${condition}。`;
	if (roll < 0.8) return `License 不包含${pick(FEATURES, random)}功能的授权。`;
	if (roll < 0.9) return `${subject}${condition}，可能是${pick(CAUSES, random)}。`;
	return `调用 \`${api(random)}\` 时${subject}${condition}。`;
}

/** Fixes of 2 to 50 characters, 18 on average; now and then "-", nothing to do. */
function fix(random: Random): string {
	const roll = random();
	if (roll < 0.02) return '-';
	if (roll < 0.25) return `${pick(SUPPORT, random)}。`;
	if (roll < 0.45) return `请检查${pick(SUBJECTS, random)}是否${pick(STATES, random)}。`;
	if (roll < 0.6) return `${pick(ACTIONS, random)}，或${pick(SUPPORT, random)}。`;
	if (roll < 0.7) return `请参考 \`${api(random)}\` 回调的错误信息处理。`;
	if (roll < 0.8) return `请在调用 \`${api(random)}\` 之前先调用 \`${api(random)}\`。`;
	if (roll < 0.9) {
		return `请确认${pick(SUBJECTS, random)}是否${pick(STATES, random)}，然后${pick(ACTIONS, random).slice(1)}。`;
	}
	return `${pick(ACTIONS, random)}。`;
}

function api(random: Random): string {
	return pick(VERBS, random) + pick(NOUNS, random);
}

type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('pick() needs a non-empty list.');
	return item;
}

/**
 * Mulberry32: a tiny seeded generator. `Math.random` cannot be seeded, and the tables
 * must come out the same on every run for the figures to be comparable.
 */
function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
