// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: site.url,
  // Tests build fixture content side by side with the real site, each into its own folders.
  outDir: process.env.MALBILD_OUT_DIR ?? './dist',
  cacheDir: process.env.MALBILD_CACHE_DIR ?? './node_modules/.astro',
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex()],
  vite: { plugins: [tailwindcss()] },
});
