import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The content schemas take `reference()` from Astro's virtual module astro:content, which exists
// only inside a build. Unit tests of the real schemas get the same function from Astro's runtime.
const astroContent = { 'astro:content': fileURLToPath(new URL('tests/support/astro-content.ts', import.meta.url)) };

export default defineConfig({
  test: {
    projects: [
      // Functions of src/ (git-dates starts git; nothing else starts a process): fast, no build.
      // They read the settings of the full fixture (five languages, Arabic right to left), never
      // the municipality's own content/, which may publish any languages.
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env: { MALBILD_CONTENT: 'tests/fixtures/sites/full' } },
        resolve: { alias: astroContent },
      },
      // The project's commands (scripts/) run on fixture content, and the repository's own
      // automation (.github/): no build, but processes and files.
      { test: { name: 'commands', include: ['tests/commands/**/*.test.ts', 'tests/repository/**/*.test.ts'], testTimeout: 60_000 }, resolve: { alias: astroContent } },
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
        // The editor's tests read what it saves with the real schemas.
        resolve: { alias: astroContent },
      },
    ],
  },
});
