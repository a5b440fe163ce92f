import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * Lättläst: a page in easy-to-read Swedish for every entry with a Lättläst text, reached from
 * near the top of every page of that entry and back again; Swedish pages, in the Swedish search
 * index as "Lättläst", in the sitemap, with a start page that links them all.
 */

describe.each(siteNames.filter((name) => site(name).pageLanguages.includes(site(name).easyToRead)))('Lättläst on the %s site', (name) => {
  const built = site(name);
  const lattlast = built.easyToRead;
  const easyPages = nonEmpty(built.pages().filter((path) => built.languageOf(path) === lattlast), 'Lättläst page');
  const withText = easyPages.map((path) => built.entryAt(path)!);

  it('has a page for every Lättläst text, and no other', () => {
    const texts = Object.keys({ 'goal-areas': 1, goals: 1, pages: 1, initiatives: 1, 'development-areas': 1, activities: 1, indicators: 1 }).flatMap((folder) =>
      built.entries(folder).filter((entry) => built.translation(lattlast, folder, entry.id)).map((entry) => built.entryPath(folder, entry.id, lattlast)),
    );
    expect([...easyPages].sort()).toEqual(texts.sort());
  });

  it('shows each Lättläst text as a Swedish page, with the way back to the page in ordinary Swedish', () => {
    const t = built.ui(lattlast).easyToRead;
    for (const { folder, entry } of withText) {
      const path = built.entryPath(folder, entry.id, lattlast);
      const document = built.page(path);
      expect(document.documentElement.getAttribute('lang'), path).toBe('sv');
      expect(text(document.querySelector('h1')), path).toBe(built.translation(lattlast, folder, entry.id)!.data.title);
      const back = [...document.querySelectorAll('main a, .easy-to-read-link a')].find((a) => text(a) === t.back);
      expect(back?.getAttribute('href'), path).toBe(built.entryPath(folder, entry.id));
    }
  });

  it('links every page of an entry that has a Lättläst text to it, near the top and in the reader’s language, and no other page', () => {
    const problems: string[] = [];
    for (const path of built.pages().filter((p) => built.languageOf(p) !== lattlast)) {
      const shown = built.entryAt(path);
      const expected = shown && built.translation(lattlast, shown.folder, shown.entry.id) ? built.entryPath(shown.folder, shown.entry.id, lattlast) : undefined;
      const link = built.page(path).querySelector('main .easy-to-read-link a');
      if (link?.getAttribute('href') !== expected) problems.push(`${path}: Lättläst link ${link?.getAttribute('href')}, expected ${expected}`);
      if (!link) continue;
      if (link.getAttribute('hreflang') !== 'sv') problems.push(`${path}: the link does not say it leads to Swedish`);
      if (text(link) !== built.ui(built.languageOf(path)).easyToRead.label) problems.push(`${path}: the link says "${text(link)}"`);
      // Near the top: before the page's heading, in document order.
      const order = [...built.page(path).querySelectorAll('*')];
      if (order.indexOf(link) > order.indexOf(built.page(path).querySelector('h1')!)) problems.push(`${path}: the link comes after the h1`);
    }
    expect(problems).toEqual([]);
  });

  it('has a start page that links every other Lättläst page, linked from every page’s footer', () => {
    const start = built.page(built.prefix(lattlast));
    const linked = [...start.querySelectorAll('main .easy-to-read__list a')].map((a) => a.getAttribute('href'));
    expect(linked.sort()).toEqual(easyPages.filter((path) => path !== built.prefix(lattlast)).sort());
    const unlinked = built.pages().filter((path) => ![...built.page(path).querySelectorAll('footer a')].some((a) => a.getAttribute('href') === built.prefix(lattlast)));
    expect(unlinked).toEqual([]);
  });

  it('puts Lättläst pages in the Swedish search index, with the type “Lättläst”', () => {
    const label = built.ui(lattlast).easyToRead.label;
    const wrong = easyPages.filter((path) => {
      const document = built.page(path);
      const type = document.querySelector(`[data-pagefind-filter="${built.ui('sv').search.filterType}[data-value]"]`)?.getAttribute('data-value');
      return !document.querySelector('[data-pagefind-body]') || type !== label;
    });
    expect(wrong).toEqual([]);
  });

  it('lists Lättläst on the translation status page, beside the languages', () => {
    const header = [...built.page('/oversattningar/').querySelectorAll('#pages ~ section thead th, table.translation-table thead th')].map(text);
    expect(header).toContain('Lättläst');
  });

  if (built.settings.siteUrl) {
    it('lists every Lättläst page in the sitemap', () => {
      const sitemap = readFileSync(join(built.outDir, 'sitemap.xml'), 'utf8');
      for (const path of easyPages) expect(sitemap, path).toContain(`<loc>${new URL(path, built.settings.siteUrl).href}</loc>`);
    });
  }
});
