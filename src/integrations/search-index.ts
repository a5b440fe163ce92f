import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds the Pagefind search index as the last step of `astro build`, so that no build is ever
 * published without its index. Pagefind splits the index by each page's `<html lang>`: Swedish
 * and Finnish are stemmed, Meänkieli (`fit`, unknown to it) is indexed word for word. Only the
 * regions marked `data-pagefind-body` are indexed; pages showing Swedish text in place of a
 * missing translation carry no such region, so they stay out of that language's index.
 *
 * Pagefind's own command indexes the written site. Its Node API (a service process, tried fed
 * page by page during generation and on the finished site) gave the same index, but on 2,000
 * pages took 3.1–4.0 s where the command took 2.2 s (docs/performance.md, "Against the floor").
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'malbild:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = await runPagefind([
          '--site', site,
          '--output-subdir', 'pagefind',
          // Text marked as another language inside an indexed page (a Swedish title in a list on
          // a Finnish page) would be stemmed as the page's language and found by the wrong readers.
          '--exclude-selectors', '[data-pagefind-body] [lang]',
          '--quiet',
        ]);
        if (output.code !== 0) throw new Error(`Pagefind could not index the site:\n${output.text}`);
        if (output.text.trim()) logger.warn(output.text.trim());
        const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        const count = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
        logger.info(`Indexed ${count} pages for search.`);
      },
    },
  };
}

/** Runs the `pagefind` command of the installed package (the file its package.json names as its bin). */
function runPagefind(args: string[]): Promise<{ code: number | null; text: string }> {
  const packageDir = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..');
  const { bin } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { bin: string };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(packageDir, bin), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, text }));
  });
}
