import { describe, expect, it } from 'vitest';
import { nonEmpty, site, text, type Site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * What every page has, whatever it shows, and that each page shows its own entry: the h1 is the
 * title in the content (or its translation), the <title> starts with it, the breadcrumbs end at
 * it and the language switcher leads to the same entry in each language. One test per property
 * over all pages, naming the pages that fail it.
 */

/** The pages for which `check` returns a problem, as "path: problem". */
function failing(built: Site, paths: string[], check: (document: Document, path: string) => string | undefined): string[] {
  return paths.flatMap((path) => {
    const problem = check(built.page(path), path);
    return problem ? [`${path}: ${problem}`] : [];
  });
}

/** The h1 each of the site's own pages has, by its address without language. */
function ownPageTitles(built: Site, lang: string): Record<string, string> {
  const t = built.ui(lang);
  return {
    '/innehall/': t.siteIndex.title,
    '/oversattningar/': t.translationStatus.title,
    '/sok/': t.search.title,
    '/oppna-data/': t.openData.title,
    '/styrdokument/': t.document.title,
    '/om-kakor/': t.cookies.title,
    '/tillganglighet/': t.accessibility.title,
  };
}

/** The h1 a page must have: its entry's title in the page's language, or the own page's title. */
function expectedTitle(built: Site, path: string): string | undefined {
  if (path === '/404.html') return built.ui(built.sourceLang).notFound.title;
  const shown = built.entryAt(path);
  if (shown) return built.title(shown.lang, shown.folder, shown.entry);
  return ownPageTitles(built, built.languageOf(path))[built.withoutLanguage(path)];
}

describe.each(siteNames)('every page of the %s site', (name) => {
  const built = site(name);
  const paths = nonEmpty(built.pages(), 'built page');
  const entryPages = paths.filter((path) => built.entryAt(path));

  it('declares the language of its address on <html>', () => {
    expect(failing(built, paths, (document, path) => {
      const lang = document.documentElement.getAttribute('lang');
      const dir = document.documentElement.getAttribute('dir');
      const expected = built.settings.languages.find((l) => l.code === built.languageOf(path))?.dir ?? 'ltr';
      if (dir !== expected) return `dir="${dir}"`;
      return lang === built.htmlLang(built.languageOf(path)) ? undefined : `lang="${lang}"`;
    })).toEqual([]);
  });

  it('has exactly one h1, and it is the title of what the page shows', () => {
    expect(failing(built, paths, (document, path) => {
      const headings = document.querySelectorAll('h1');
      if (headings.length !== 1) return `${headings.length} h1 elements`;
      const expected = expectedTitle(built, path);
      if (expected === undefined) return 'no expected title for this address';
      return text(headings[0]) === expected ? undefined : `h1 "${text(headings[0])}", expected "${expected}"`;
    })).toEqual([]);
  });

  it('has a <title> that starts with its h1 and names the municipality', () => {
    expect(failing(built, paths, (document, path) => {
      const title = text(document.querySelector('title'));
      const h1 = text(document.querySelector('h1'));
      const municipality = built.municipality(built.languageOf(path));
      const isHome = built.withoutLanguage(path) === '/';
      if (!isHome && !title.startsWith(h1)) return `title "${title}" does not start with "${h1}"`;
      return title.endsWith(municipality) ? undefined : `title "${title}" does not end with "${municipality}"`;
    })).toEqual([]);
  });

  it('has a description of its own: the entry’s summary, or words that name it', () => {
    expect(failing(built, paths, (document, path) => {
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      const shown = built.entryAt(path);
      if (!shown) return description.trim().length > 0 ? undefined : 'no description';
      const localized = shown.lang === built.sourceLang ? undefined : built.translation(shown.lang, shown.folder, shown.entry.id);
      const summary = (localized ?? shown.entry).data.summary as string | undefined;
      const title = built.title(shown.lang, shown.folder, shown.entry);
      if (summary) return description === summary ? undefined : `description "${description}", expected the summary`;
      return description.includes(title) || shown.folder === 'pages' ? undefined : `description "${description}" does not name "${title}"`;
    })).toEqual([]);
  });

  it('has a skip link first (after the cookie question, which comes before everything), pointing at main', () => {
    expect(failing(built, paths, (document) => {
      const first = [...document.querySelectorAll('body a')].find((a) => !a.closest('[data-consent-notice]'));
      if (first?.getAttribute('href') !== '#main') return `first link is ${first?.getAttribute('href')}`;
      if (document.querySelectorAll('main#main').length !== 1) return 'no single main#main';
      return document.querySelector('header') && document.querySelector('footer') ? undefined : 'no header or footer';
    })).toEqual([]);
  });

  it('labels every navigation landmark', () => {
    expect(failing(built, paths, (document) => {
      const unlabelled = [...document.querySelectorAll('nav')].filter((nav) => {
        const labelledBy = nav.getAttribute('aria-labelledby');
        const label = labelledBy ? text(document.getElementById(labelledBy)) : nav.getAttribute('aria-label');
        return !label;
      });
      return unlabelled.length > 0 ? `${unlabelled.length} unlabelled nav` : undefined;
    })).toEqual([]);
  });

  it('has a language switcher of links to the same page in each language, named in that language, the current one marked', () => {
    const expectedLinks = built.settings.languages.map((language) => [language.code, language.code, language.name]);
    expect(failing(built, paths, (document, path) => {
      const links = [...document.querySelectorAll('nav.language-switcher a')];
      const shown = links.map((a) => [a.getAttribute('lang'), a.getAttribute('hreflang'), text(a)]);
      if (JSON.stringify(shown) !== JSON.stringify(expectedLinks)) return `switcher ${JSON.stringify(shown)}`;
      const current = links.filter((a) => a.hasAttribute('aria-current')).map((a) => a.getAttribute('lang'));
      if (JSON.stringify(current) !== JSON.stringify([built.htmlLang(built.languageOf(path))])) return `current ${JSON.stringify(current)}`;
      if (path === '/404.html') return undefined;
      const neutral = built.withoutLanguage(path);
      // The same page in each language, or the language's start page where it has no such page.
      const targetIn = (lang: string) => (built.has(`${built.prefix(lang)}${neutral.slice(1)}`) ? `${built.prefix(lang)}${neutral.slice(1)}` : built.prefix(lang));
      const wrong = links.filter((a) => a.getAttribute('href') !== targetIn(a.getAttribute('lang')!));
      return wrong.length > 0 ? `switcher leads elsewhere: ${wrong.map((a) => a.getAttribute('href')).join(', ')}` : undefined;
    })).toEqual([]);
  });

  it('ends its breadcrumbs at its own entry, from the start page', () => {
    const deep = nonEmpty(entryPages.filter((path) => built.withoutLanguage(path) !== '/'), 'entry page below the start page');
    expect(failing(built, deep, (document, path) => {
      const crumbs = [...document.querySelectorAll('nav.breadcrumbs a')];
      const last = crumbs.at(-1);
      if (!last) return 'no breadcrumbs';
      if (crumbs[0]!.getAttribute('href') !== built.prefix(built.languageOf(path))) return `starts at ${crumbs[0]!.getAttribute('href')}`;
      if (last.getAttribute('href') !== path) return `ends at ${last.getAttribute('href')}`;
      return text(last) === text(document.querySelector('h1')) ? undefined : `ends at "${text(last)}"`;
    })).toEqual([]);
  });
});
