// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { cacheDir } from './src/config/content.ts';
import { stopOnContentProblems } from './src/lib/stop.ts';

// The settings (content/settings.yml) say who the site belongs to and where it is published; a
// problem in them stops the build here, before anything is made, with the file and the field.
// The integrations read the settings as they load, so they are imported only after this check.
const settings = await stopOnContentProblems();
const { headersFile } = await import('./src/integrations/headers-file.ts');
const { searchIndex } = await import('./src/integrations/search-index.ts');
const { settingsNotes } = await import('./src/integrations/settings-notes.ts');
const { contentCheck } = await import('./src/integrations/content-check.ts');
const { mdxContent } = await import('./src/integrations/mdx-content.ts');
const { editorBuild } = await import('./src/integrations/editor-build.ts');

export default defineConfig({
  site: settings.siteUrl,
  // Tests build fixture content side by side with the real site, each into its own folders.
  outDir: process.env.MALBILD_OUT_DIR ?? './dist',
  cacheDir,
  base: settings.basePath,
  trailingSlash: 'always',
  // Scripts and styles always as files: the Content-Security-Policy allows no inline code, and
  // files are cached from page to page. Four pages are rendered at a time: rendering one takes
  // about as long as Astro's wait for its file to be written, and one at a time the build idled
  // through half of page generation (docs/performance.md, "Against the floor").
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [settingsNotes(settings), contentCheck(), mdxContent(), searchIndex(), headersFile(), editorBuild()],
  // Astro puts a script smaller than Vite's assetsInlineLimit into the page itself, which the
  // Content-Security-Policy would block: never inline one.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
