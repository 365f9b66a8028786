import type { TestProject } from 'vitest/node';
import { buildSite, buildSiteOrThrow } from './build-site';
import { fixtureDir } from './fixtures';
import { BASE_PATH, BROKEN_FIXTURE, VALID_FIXTURE } from './sites';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The real site, built from `content/` as `npm run build` builds it. */
		siteDir: string;
		siteBuildLog: string;
		/** The real site built a second time from the same input, to compare with the first. */
		siteAgainDir: string;
		/** The real site built to be served under `BASE_PATH`. */
		baseSiteDir: string;
		/** The site built from the valid fixture that writes the table every allowed way. */
		fixtureSiteDir: string;
		fixtureBuildLog: string;
		/** What building the broken fixture printed, and how it ended. */
		brokenBuild: { log: string; exitCode: number };
	}
}

/**
 * Builds every site the tests read, once, one after another: builds share Astro's and
 * Vite's caches in the project, so running them side by side could mix them up.
 */
export default async function setup(project: TestProject): Promise<void> {
	const site = await buildSiteOrThrow({ name: 'site' });
	project.provide('siteDir', site.dir);
	project.provide('siteBuildLog', site.log);
	project.provide('siteAgainDir', (await buildSiteOrThrow({ name: 'site-again' })).dir);

	const underBase = await buildSiteOrThrow({ name: 'site-under-base', base: BASE_PATH });
	project.provide('baseSiteDir', underBase.dir);

	const fixture = await buildSiteOrThrow({
		name: 'fixture',
		contentDir: fixtureDir(VALID_FIXTURE),
	});
	project.provide('fixtureSiteDir', fixture.dir);
	project.provide('fixtureBuildLog', fixture.log);

	const broken = await buildSite({ name: 'broken', contentDir: fixtureDir(BROKEN_FIXTURE) });
	project.provide('brokenBuild', { log: broken.log, exitCode: broken.exitCode });
}
