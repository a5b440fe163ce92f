import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure functions of src/lib: fast, no build.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/kolada/**/*.test.ts'] } },
      // Fixture content through the real build: each bad fixture must stop it.
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 60_000 } },
      // The built site: its HTML, then in Chromium. Built once, by the global setup.
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
