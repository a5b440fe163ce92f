import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index within `astro build`, so that no build is ever published
 * without its index. Pagefind splits the index by each page's `<html lang>`: Swedish and Finnish
 * are stemmed, Meänkieli (`fit`, unknown to it) is indexed word for word. Only the regions marked
 * `data-pagefind-body` are indexed; pages showing Swedish text in place of a missing translation
 * carry no such region, so they stay out of that language's index.
 *
 * Each page is handed to Pagefind as it is rendered, not read back from `dist/` afterwards: Astro
 * renders one page at a time and waits for each file to be written, so Pagefind's own process
 * parses the pages meanwhile, and after the last page only the index is left to write.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let indexing: Promise<pagefind.PagefindIndex> | undefined;
  const added: Promise<pagefind.NewFileResponse>[] = [];

  const start = async () => {
    // Text marked as another language inside an indexed page (a Swedish title in a list on a
    // Finnish page) would be stemmed as the page's language and found by the wrong readers.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['[data-pagefind-body] [lang]'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  };

  // Pagefind's index depends on the order pages reach it. Astro starts rendering the pages in one
  // fixed order but, with `build.concurrency` above 1, finishes them in any: each page keeps its
  // turn and is handed over only after the pages before it, so every build gives the same index.
  let turns = 0;
  let handedOver = 0;
  const finished = new Map<number, pagefind.HTMLFile | undefined>();
  const handOver = () => {
    while (finished.has(handedOver)) {
      const page = finished.get(handedOver);
      finished.delete(handedOver);
      handedOver += 1;
      if (!page) continue;
      indexing ??= start();
      const handed = indexing.then((index) => index.addHTMLFile(page));
      handed.catch(() => {}); // reported when the index is written, with every other problem
      added.push(handed);
    }
  };

  const indexed = (prerenderer: AstroPrerenderer): AstroPrerenderer => ({
    ...prerenderer,
    async render(request, options) {
      const turn = turns++;
      let page: pagefind.HTMLFile | undefined;
      try {
        const result = await prerenderer.render(request, options);
        const response = result instanceof Response ? result : result.response;
        if (options.routeData.type !== 'page' || response.status !== 200 || !response.body) return result;
        const html = await response.text();
        // Pagefind leaves out every page without an indexed region (once any page has one, as
        // every entry's page has here): such pages are not handed over at all.
        if (html.includes('data-pagefind-body')) page = { sourcePath: pageFile(new URL(request.url).pathname, base), content: html };
        const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? copy : { ...result, response: copy };
      } finally {
        finished.set(turn, page);
        handOver();
      }
    },
  });

  return {
    name: 'malbild:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer(indexed);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const index = await (indexing ?? start());
          const problems = (await Promise.all(added)).flatMap((file) => file.errors);
          if (problems.length > 0) throw new Error(`Pagefind could not index the site: ${problems.join('; ')}`);
          const outputPath = fileURLToPath(new URL('pagefind/', dir));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // The index says how many pages it holds (Pagefind leaves out a region without words).
          const entry = JSON.parse(await readFile(`${outputPath}/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
          const count = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          logger.info(`Indexed ${count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * The file, relative to the output folder, that Astro writes a page to with `build.format:
 * 'directory'` (`/mal/` → `mal/index.html`, the status pages `/404/` → `404.html`): Pagefind
 * makes the result's address from it, as it would from the file on disk.
 */
export function pageFile(pathname: string, base: string): string {
  const path = decodeURI(pathname).slice(base.replace(/\/?$/, '/').length - 1).replace(/^\/+|\/+$/g, '');
  if (path === '') return 'index.html';
  if (path === '404' || path === '500') return `${path}.html`;
  return `${path}/index.html`;
}
