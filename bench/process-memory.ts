import { readdirSync, readFileSync } from 'node:fs';

/**
 * The resident memory of a process and all its descendants, read from `/proc` (Linux).
 * A build is a tree: Node runs Astro, and Pagefind's indexer is a native binary that Node
 * starts; a figure for Node alone would leave the indexer out.
 */
export interface MemorySampler {
	/** The highest total seen so far, in bytes. */
	peak(): number;
	stop(): number;
}

/** Samples the tree of `rootPid` every `intervalMs` until stopped. */
export function sampleTreeMemory(rootPid: number, intervalMs = 50): MemorySampler {
	let peak = 0;
	const sample = (): void => {
		peak = Math.max(peak, treeResidentBytes(rootPid));
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		peak: () => peak,
		stop: () => {
			clearInterval(timer);
			return peak;
		},
	};
}

/** The sum of the resident set sizes of `rootPid` and its descendants, in bytes. */
export function treeResidentBytes(rootPid: number): number {
	const parents = parentsByPid();
	const inTree = new Set([rootPid]);
	// Children appear after their parents in /proc order only by chance, so grow the
	// tree until it stops growing.
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, parent] of parents) {
			if (!inTree.has(pid) && inTree.has(parent)) {
				inTree.add(pid);
				grew = true;
			}
		}
	}
	let total = 0;
	for (const pid of inTree) total += residentBytes(pid);
	return total;
}

function parentsByPid(): Map<number, number> {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = readOrEmpty(`/proc/${name}/stat`);
		// The command name, in parentheses, may itself hold spaces or parentheses.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (fields[1] !== undefined) parents.set(Number(name), Number(fields[1]));
	}
	return parents;
}

/** `VmRSS` of one process; zero once it has ended. */
function residentBytes(pid: number): number {
	const match = /^VmRSS:\s+(\d+) kB$/m.exec(readOrEmpty(`/proc/${pid}/status`));
	return match?.[1] ? Number(match[1]) * 1024 : 0;
}

/** A process can end between listing `/proc` and reading its files. */
function readOrEmpty(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}
