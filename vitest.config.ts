import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Functions of src/ (git-dates starts git; nothing else starts a process): fast, no build.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The project's commands (scripts/) run on fixture content, and the repository's own
      // automation (.github/): no build, but processes and files.
      { test: { name: 'commands', include: ['tests/commands/**/*.test.ts', 'tests/repository/**/*.test.ts'], testTimeout: 60_000 } },
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
