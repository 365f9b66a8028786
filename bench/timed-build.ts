import { SingleBar } from 'cli-progress';
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sampleTreeMemory } from './process-memory.ts';

export interface BuildRequest {
	/** What is built, for the progress line, such as `10,000 codes`. */
	label: string;
	/** The folder holding error-codes.md and ranges.yaml, relative to the project root. */
	contentDir: string;
	outDir: string;
	/** Where the build's output goes, for reading after a failure. */
	logFile: string;
	/** Roughly how many files the build writes, for the progress bar. */
	expectedRoutes: number;
}

export interface BuildFigures {
	seconds: number;
	/** The highest resident memory of the whole process tree, in bytes. */
	peakBytes: number;
	/** The pages and files Astro says it built. */
	routes: number;
}

const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
/** A line of Astro's build log that names a file it has just written. */
const ROUTE_LINE = /[├└]─ \/\S+/;
const STAGES: [RegExp, string][] = [
	[/Collecting build info|Building static entrypoints/, 'bundling'],
	[/generating static routes/, 'writing pages'],
	[/sitemap/, 'sitemap'],
	[/pagefind-index/, 'search index'],
];

/**
 * Runs `astro build` as `npm run build` does, in a child process, showing its progress
 * and sampling the memory of the whole process tree, Pagefind's indexer included.
 */
export async function timedBuild(request: BuildRequest): Promise<BuildFigures> {
	await rm(request.outDir, { recursive: true, force: true });
	await mkdir(path.dirname(request.logFile), { recursive: true });

	const bar = progressBar(request);
	const started = performance.now();
	const child = spawn(process.execPath, [astro, 'build', '--outDir', request.outDir], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: request.contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const memory = sampleTreeMemory(child.pid ?? process.pid);
	let log = '';
	let routes = 0;
	let stage = 'starting';
	const onOutput = (chunk: Buffer): void => {
		const text = chunk.toString();
		log += text;
		for (const line of text.split('\n')) {
			if (ROUTE_LINE.test(line)) routes++;
			stage = STAGES.find(([pattern]) => pattern.test(line))?.[1] ?? stage;
		}
	};
	child.stdout.on('data', onOutput);
	child.stderr.on('data', onOutput);
	const ticker = setInterval(() => {
		bar.update(Math.min(routes, request.expectedRoutes), {
			stage,
			memory: megabytes(memory.peak()),
		});
	}, 200);

	const exitCode = await new Promise<number>((resolve) => {
		child.on('close', (code) => {
			resolve(code ?? 1);
		});
	});
	const seconds = (performance.now() - started) / 1000;
	clearInterval(ticker);
	const peakBytes = memory.stop();
	bar.update(request.expectedRoutes, { stage: 'done', memory: megabytes(peakBytes) });
	bar.stop();
	await writeFile(request.logFile, log);

	if (exitCode !== 0) {
		throw new Error(`The build of ${request.label} failed; its log is in ${request.logFile}.`);
	}
	return { seconds, peakBytes, routes: builtRoutes(log) ?? routes };
}

function progressBar(request: BuildRequest): SingleBar {
	const bar = new SingleBar({
		format: `  ${request.label.padEnd(14)} {bar} {value}/{total} files · {duration}s · {memory} MB · {stage}`,
		barsize: 24,
		hideCursor: true,
		noTTYOutput: true,
		notTTYSchedule: 5000,
		barCompleteChar: '█',
		barIncompleteChar: '░',
	});
	bar.start(request.expectedRoutes, 0, { stage: 'starting', memory: 0 });
	return bar;
}

/** The count in Astro's closing line, `10013 page(s) built in 27.53s`. */
function builtRoutes(log: string): number | undefined {
	const match = /(\d+) page\(s\) built in/.exec(log);
	return match?.[1] ? Number(match[1]) : undefined;
}

function megabytes(bytes: number): number {
	return Math.round(bytes / 1024 / 1024);
}
