import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, page } from '../support/dist.ts';

/* What the build hands to Pagefind: main content only, and only in the reader's language. */

describe('the search index', () => {
  it('is written by the build, one index per language', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fi', 'fit', 'sv']);
    for (const language of Object.values(entry.languages)) expect(language.page_count).toBeGreaterThan(5);
    expect(existsSync(join(distDir, 'pagefind/pagefind-component-ui.js'))).toBe(true);
  });

  it('takes from each page at most one region, and never navigation, footer, notices or breadcrumbs', () => {
    const problems: string[] = [];
    for (const path of builtPages()) {
      const document = page(path);
      const regions = document.querySelectorAll('[data-pagefind-body]');
      if (regions.length > 1) problems.push(`${path}: ${regions.length} indexed regions`);
      for (const region of regions) {
        for (const selector of ['nav', 'footer', 'header.site-header', '.notice', '.breadcrumbs', 'form']) {
          if (region.querySelector(selector)) problems.push(`${path}: ${selector} inside the indexed region`);
        }
        for (const note of region.querySelectorAll('.provenance, .tag')) {
          if (!note.closest('[data-pagefind-ignore]')) problems.push(`${path}: a label is indexed`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('indexes content pages in their language, and no page that shows Swedish in place of a translation', () => {
    for (const path of builtPages()) {
      const document = page(path);
      const indexed = document.querySelector('[data-pagefind-body]') !== null;
      if (document.querySelector('.notice--fallback')) expect(indexed, path).toBe(false);
      if (/\/(mal|malomraden)\/[^/]+\/$/.test(path) && !document.querySelector('.notice--fallback')) expect(indexed, path).toBe(true);
    }
  });

  it('gives every indexed page a type filter, and area pages their area', () => {
    const document = page('/mal/fler-bostader/');
    const filters = [...document.querySelectorAll('[data-pagefind-filter]')].map((el) => [el.getAttribute('data-pagefind-filter'), el.getAttribute('data-value')]);
    expect(filters).toEqual([
      ['Typ[data-value]', 'Övergripande mål'],
      ['Målområde[data-value]', 'Tillväxt och attraktivitet'],
    ]);
    for (const path of builtPages()) {
      const region = page(path).querySelector('[data-pagefind-body]');
      if (region) expect(region.querySelector('[data-pagefind-filter^="Typ"], [data-pagefind-filter^="Type"], [data-pagefind-filter^="Tyyppi"]'), path).not.toBeNull();
    }
  });
});
