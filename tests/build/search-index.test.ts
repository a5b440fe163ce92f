import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/* What the build hands to Pagefind: main content only, and only in the reader's language. */

describe.each(siteNames)('the search index of the %s site', (name) => {
  const built = site(name);
  const pages = nonEmpty(built.pages(), 'page');

  it('is written by the build, one index per language', () => {
    const entry = JSON.parse(readFileSync(join(built.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual([...built.languages].sort());
    for (const language of Object.values(entry.languages)) expect(language.page_count).toBeGreaterThan(0);
    expect(existsSync(join(built.outDir, 'pagefind/pagefind-component-ui.js'))).toBe(true);
  });

  it('holds every page with an indexed region, at the address it is published at, and no other page', () => {
    // Pagefind keeps one fragment per indexed page: gzip, then its signature before the JSON.
    const fragments = join(built.outDir, 'pagefind/fragment');
    const urls = readdirSync(fragments).map((file) => {
      const json = gunzipSync(readFileSync(join(fragments, file))).toString('utf8').replace(/^pagefind_dcd/, '');
      return (JSON.parse(json) as { url: string }).url;
    });
    const withRegion = pages.filter((path) => built.page(path).querySelector('[data-pagefind-body]') !== null);
    expect(withRegion.length).toBeGreaterThan(0);
    expect(urls.sort()).toEqual(withRegion);
  });

  it('takes from each page at most one region, and never navigation, footer, notices or breadcrumbs', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const regions = built.page(path).querySelectorAll('[data-pagefind-body]');
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

  it('indexes every entry’s page in its language, and no page that shows Swedish in place of a translation', () => {
    const wrong = pages.filter((path) => {
      const shown = built.entryAt(path);
      if (!shown || shown.folder === 'organisations') return false;
      const indexed = built.page(path).querySelector('[data-pagefind-body]') !== null;
      const fallback = built.page(path).querySelector('.notice--fallback') !== null;
      return indexed === fallback;
    });
    expect(wrong).toEqual([]);
  });

  it('gives every indexed page a type filter in its language, and pages below a goal area that area', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const region = built.page(path).querySelector('[data-pagefind-body]');
      if (!region) continue;
      const t = built.ui(built.languageOf(path));
      const filters = [...built.page(path).querySelectorAll('[data-pagefind-filter]')].map((el) => [el.getAttribute('data-pagefind-filter'), el.getAttribute('data-value')]);
      if (!filters.some(([filter]) => filter === `${t.search.filterType}[data-value]`)) problems.push(`${path}: no type filter`);
      const shown = built.entryAt(path);
      if (shown?.folder === 'goals') {
        const area = built.entries('goal-areas').find((a) => a.id === shown.entry.data.area)!;
        const expected = [`${t.levels.goalArea.singular}[data-value]`, built.title(shown.lang, 'goal-areas', area)];
        if (!filters.some(([filter, value]) => filter === expected[0] && value === expected[1])) problems.push(`${path}: no area filter "${expected[1]}"`);
        const type = filters.find(([filter]) => filter === `${t.search.filterType}[data-value]`)?.[1];
        if (type !== t.levels.goal.singular) problems.push(`${path}: type "${type}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never gives a filter for a level nobody uses', () => {
    const used = new Set(pages.flatMap((path) => [...built.page(path).querySelectorAll('[data-pagefind-filter]')].map((el) => el.getAttribute('data-value'))));
    const t = built.ui(built.sourceLang);
    const levels = [
      ['development-areas', t.levels.developmentArea.singular],
      ['activities', t.levels.activity.singular],
      ['indicators', t.levels.indicator.singular],
      ['initiatives', t.levels.initiative.singular],
    ] as const;
    for (const [folder, word] of levels) if (built.entries(folder).length === 0) expect(used.has(word), word).toBe(false);
    expect(text(built.page('/').querySelector('h1')).length).toBeGreaterThan(0);
  });
});
