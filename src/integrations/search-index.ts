import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index as the last step of `astro build`, so that no build is ever
 * published without its index. Pagefind splits the index by each page's `<html lang>`: Swedish
 * and Finnish are stemmed, Meänkieli (`fit`, unknown to it) is indexed word for word. Only the
 * regions marked `data-pagefind-body` are indexed; pages showing Swedish text in place of a
 * missing translation carry no such region, so they stay out of that language's index.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'malbild:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Text marked as another language inside an indexed page (a Swedish title in a list on a
        // Finnish page) would be stemmed as the page's language and found by the wrong readers.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['[data-pagefind-body] [lang]'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
