import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		globalSetup: ['test/support/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// What a page does after it loads (the search index, the engine's WebAssembly) can
		// take seconds on a busy machine; a poll that gives up after one second is flaky.
		expect: { poll: { timeout: 15_000 } },
	},
});
