import { describe, expect, it } from 'vitest';
import { entrySegments, nonEmpty, ownPages, site, text } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/* The built site against the content it was built from: every entry has its page in every language. */

describe.each(siteNames)('the %s site', (name) => {
  const built = site(name);
  const folders = Object.keys(entrySegments).filter((folder) => built.entries(folder).length > 0);
  /** Whether a language shows an entry without a translation, in Swedish (`all`) or not at all. */
  const shows = (lang: string, folder: string, id: string) =>
    lang === built.sourceLang || built.settings.languages.find((l) => l.code === lang)!.fallback === 'all' || built.translation(lang, folder, id) !== undefined;

  it('has a page for every entry of every folder in use, in every language', () => {
    const missing: string[] = [];
    for (const folder of nonEmpty(folders, 'content folder with entries')) {
      for (const entry of built.entries(folder)) {
        for (const lang of built.languages) {
          const path = built.entryPath(folder, entry.id, lang);
          if (shows(lang, folder, entry.id) && !built.has(path)) missing.push(path);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no page for an entry a language leaves out, and no page for a level nobody uses', () => {
    const unexpected = built.pages().filter((path) => {
      const [first] = built.withoutLanguage(path).split('/').filter(Boolean);
      const folder = Object.entries(entrySegments).find(([, segment]) => segment === first)?.[0];
      return folder !== undefined && !built.entryAt(path);
    });
    expect(unexpected).toEqual([]);
  });

  it('has a page for every page of content/pages in every language, the start page at the root, and the site’s own pages', () => {
    const missing: string[] = [];
    for (const lang of built.languages) {
      for (const entry of nonEmpty(built.entries('pages'), 'page')) {
        const path = built.entryPath('pages', entry.id, lang);
        if (shows(lang, 'pages', entry.id) && !built.has(path)) missing.push(path);
      }
      for (const own of ownPages) if (!built.has(`${built.prefix(lang)}${own}/`)) missing.push(`${built.prefix(lang)}${own}/`);
    }
    if (!built.has('/404.html')) missing.push('/404.html');
    expect(missing).toEqual([]);
  });

  it('lists each goal area’s goals on the area’s page, in order', () => {
    const goals = built.entries('goals');
    for (const area of nonEmpty(built.entries('goal-areas'), 'goal area')) {
      const linked = [...built.page(built.entryPath('goal-areas', area.id)).querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      const expected = goals
        .filter((goal) => goal.data.area === area.id)
        .sort((a, b) => Number(a.data.order) - Number(b.data.order))
        .map((goal) => built.entryPath('goals', goal.id));
      expect(linked.filter((href) => expected.includes(href!)), area.id).toEqual(expected);
    }
  });

  it('marks every example entry with the example label on its own page, in every language', () => {
    const t = (lang: string) => built.ui(lang).illustrative.label;
    const unmarked: string[] = [];
    for (const folder of folders) {
      for (const entry of built.entries(folder).filter((e) => e.data.illustrative === true)) {
        for (const lang of built.languages.filter((l) => shows(l, folder, entry.id))) {
          const path = built.entryPath(folder, entry.id, lang);
          if (!text(built.page(path).querySelector('main article.entry > .provenance--illustrative')).includes(t(lang))) unmarked.push(path);
        }
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('shows no example label on the municipality’s own text', () => {
    const marked = folders.flatMap((folder) =>
      built
        .entries(folder)
        .filter((entry) => !entry.data.illustrative)
        .map((entry) => built.entryPath(folder, entry.id))
        .filter((path) => built.page(path).querySelector('main article.entry > .provenance--illustrative')),
    );
    expect(marked).toEqual([]);
  });
});
