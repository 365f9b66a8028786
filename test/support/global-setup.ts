import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from './build-site';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The real site, built from `content/` as `npm run build` builds it. */
		siteDir: string;
		siteBuildLog: string;
	}
}

export default async function setup(project: TestProject): Promise<void> {
	const site = await buildSiteOrThrow({ name: 'site' });
	project.provide('siteDir', site.dir);
	project.provide('siteBuildLog', site.log);
}
