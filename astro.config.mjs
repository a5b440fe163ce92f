// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: site.url,
  // Tests build fixture content side by side with the real site, each into its own folders.
  outDir: process.env.MALBILD_OUT_DIR ?? './dist',
  cacheDir: process.env.MALBILD_CACHE_DIR ?? './node_modules/.astro',
  base: site.basePath,
  trailingSlash: 'always',
  // Scripts and styles always as files: the Content-Security-Policy allows no inline code, and
  // files are cached from page to page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), searchIndex(), headersFile()],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
