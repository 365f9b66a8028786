import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

export interface SiteBuild {
	/** The folder the site was written to. */
	dir: string;
	/** Everything the build printed. */
	log: string;
	exitCode: number;
}

export interface BuildOptions {
	/** A name for the output folder under `.test-output/`. */
	name: string;
	/** The folder holding error-codes.md and ranges.yaml, relative to the root. */
	contentDir?: string;
	/** `BASE_PATH` of the build; the configuration's default, `/`, when not given. */
	base?: string;
	/** `SITE_URL` of the build; the configuration's default when not given. */
	site?: string;
}

/**
 * Builds the site as `npm run build` does, in a child process so that builds of
 * different content never share state, and returns what it printed.
 */
export async function buildSite(options: BuildOptions): Promise<SiteBuild> {
	const dir = path.join(root, '.test-output', options.name);
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });

	const env = astroEnv();
	if (options.contentDir) env['CONTENT_DIR'] = options.contentDir;
	if (options.base) env['BASE_PATH'] = options.base;
	if (options.site) env['SITE_URL'] = options.site;

	const child = spawn(process.execPath, [astro, 'build', '--outDir', dir], { cwd: root, env });
	let log = '';
	child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const exitCode = await new Promise<number>((resolve) =>
		child.on('close', (code) => resolve(code ?? 1)),
	);
	return { dir, log, exitCode };
}

/**
 * The environment for an `astro` command run by a test: the test runner's own, less what
 * would make it differ from the command a person runs. The deploy variables of whoever
 * runs the tests must not change what the tests see; Vitest's NODE_ENV=test would make
 * Vite build for development, and its VITEST variables put Astro in a test mode in
 * which the dev server serves no pages.
 */
export function astroEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1' };
	for (const [name, value] of Object.entries(process.env)) {
		const ownedByTests =
			['SITE_URL', 'BASE_PATH', 'NODE_ENV'].includes(name) || name.startsWith('VITEST');
		if (!ownedByTests && !(name in env)) env[name] = value;
	}
	return env;
}

/** Builds a site that must build; a failed build fails the test run with its log. */
export async function buildSiteOrThrow(options: BuildOptions): Promise<SiteBuild> {
	const build = await buildSite(options);
	if (build.exitCode !== 0) throw new Error(`The ${options.name} build failed:\n${build.log}`);
	return build;
}
